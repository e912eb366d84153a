"""Heat demand per substation: LightGBM with substation-level level/shape encodings.

Validation mimics the test file: unseen substations, later period.
"""
import numpy as np
import pandas as pd
from lightgbm import LGBMRegressor
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error

SEED = 3
CUTOFF = pd.Timestamp("2024-02-01")

df = pd.read_csv("train.csv", parse_dates=["timestamp"]).sort_values(["substation_id", "timestamp"])
df["hour"] = df.timestamp.dt.hour
df["dow"] = df.timestamp.dt.dayofweek
df["hdd"] = (17 - df.outdoor_temp_fcst_c).clip(lower=0)

# substation "level" and "temperature sensitivity" encodings
grp = df.groupby("substation_id")
df["sub_mean_heat"] = grp["heat_kwh"].transform("mean")
df["sub_p90_heat"] = grp["heat_kwh"].transform(lambda s: s.quantile(0.9))
df["sub_heat_per_hdd"] = grp["heat_kwh"].transform("sum") / grp["hdd"].transform("sum").clip(lower=1)
df["bt_code"] = df.building_type.map({"residential": 0, "office": 1, "school": 2, "retail": 3, "hospital": 4})

FEATS = ["hour", "dow", "hdd", "outdoor_temp_fcst_c", "wind_fcst_ms", "solar_fcst_wm2",
         "supply_temp_setpoint_c", "floor_area_m2", "bt_code",
         "sub_mean_heat", "sub_p90_heat", "sub_heat_per_hdd"]

rng = np.random.default_rng(SEED)
ids = df.substation_id.unique()
val_ids = set(rng.choice(ids, size=len(ids) // 5, replace=False))
is_val_sub = df.substation_id.isin(val_ids)

train = df[(df.timestamp < CUTOFF) & ~is_val_sub]
valid = df[(df.timestamp >= CUTOFF) & is_val_sub]
print(f"train rows {len(train)} ({train.substation_id.nunique()} subs), "
      f"valid rows {len(valid)} ({valid.substation_id.nunique()} subs)")

dummy = DummyRegressor(strategy="mean").fit(train[FEATS], train.heat_kwh)
gbm = LGBMRegressor(n_estimators=900, learning_rate=0.03, num_leaves=31, min_child_samples=50,
                    subsample=0.8, subsample_freq=1, random_state=SEED, verbose=-1)
gbm.fit(train[FEATS], train.heat_kwh)

print("MAE dummy (mean) :", round(mean_absolute_error(valid.heat_kwh, dummy.predict(valid[FEATS])), 2))
print("MAE lightgbm     :", round(mean_absolute_error(valid.heat_kwh, gbm.predict(valid[FEATS])), 2))

imp = pd.Series(gbm.booster_.feature_importance("gain"), index=FEATS)
print((imp / imp.sum()).sort_values(ascending=False).round(3))
