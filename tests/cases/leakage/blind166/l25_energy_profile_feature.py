"""Load forecast: gradient boosting + a weekly load profile feature.

The load has a very stable weekly shape, so I give the model the typical load for
each (day of week, hour) slot as a feature and let it learn the weather deviations.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, mean_absolute_percentage_error

df = pd.read_csv("train.csv", parse_dates=["timestamp"]).sort_values("timestamp").reset_index(drop=True)
test = pd.read_csv("test.csv", parse_dates=["timestamp"])

for d in (df, test):
    d["hour"] = d["timestamp"].dt.hour
    d["dow"] = d["timestamp"].dt.dayofweek
    d["month"] = d["timestamp"].dt.month
    d["temperature_c"] = d["temperature_c"].ffill()
    d["cdd"] = (d["temperature_c"] - 18).clip(lower=0)
    d["hdd"] = (18 - d["temperature_c"]).clip(lower=0)

# typical load per weekly slot
df["week_profile"] = df.groupby(["dow", "hour"])["load_mw"].transform("mean")
profile_table = df.groupby(["dow", "hour"])["week_profile"].first()
test["week_profile"] = [profile_table.loc[(a, b)] for a, b in zip(test["dow"], test["hour"])]

# holdout: last 90 days
cut = df["timestamp"].max() - pd.Timedelta(days=90)
tr = df[df["timestamp"] <= cut]
va = df[df["timestamp"] > cut]
print(f"train rows {len(tr)}, valid rows {len(va)}, cut {cut}")

FEATURES = ["hour", "dow", "month", "is_holiday", "temperature_c", "cdd", "hdd",
            "humidity", "wind_speed", "week_profile"]

# baseline: the same load as one week earlier (seasonal naive)
load_by_ts = df.set_index("timestamp")["load_mw"]
seasonal_naive = load_by_ts.reindex(va["timestamp"] - pd.Timedelta(days=7)).values
print("seasonal naive baseline MAE:", round(mean_absolute_error(va["load_mw"], seasonal_naive), 2))

gbr = GradientBoostingRegressor(n_estimators=600, learning_rate=0.05, max_depth=4,
                                subsample=0.8, random_state=3)
gbr.fit(tr[FEATURES], tr["load_mw"])
pred = gbr.predict(va[FEATURES])
print("GBR MAE :", round(mean_absolute_error(va["load_mw"], pred), 2))
print("GBR MAPE:", round(mean_absolute_percentage_error(va["load_mw"], pred), 4))

for f, imp in sorted(zip(FEATURES, gbr.feature_importances_), key=lambda t: -t[1]):
    print(f"  {f:15s} {imp:.3f}")

gbr.fit(df[FEATURES], df["load_mw"])
test["prediction"] = gbr.predict(test[FEATURES])
test[["obs_id", "prediction"]].to_csv("predictions.csv", index=False)
print(test["prediction"].describe())
