# Heat demand per substation - linear + boosted models
# Author's notes: the weather forecast feed has holes (~3% of hours) and some substations
# report no supply temperature setpoint, so impute before modelling.

import numpy as np
import pandas as pd
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import Ridge
from lightgbm import LGBMRegressor
from sklearn.metrics import mean_absolute_error

panel = pd.read_csv("train.csv", parse_dates=["timestamp"])
panel = panel.sort_values(["substation_id", "timestamp"]).reset_index(drop=True)

panel["hour"] = panel["timestamp"].dt.hour
panel["dow"] = panel["timestamp"].dt.dayofweek
panel["hdd"] = (17 - panel["outdoor_temp_fcst_c"]).clip(lower=0)
panel["lag_24"] = panel.groupby("substation_id")["heat_kwh"].shift(24)
panel["lag_168"] = panel.groupby("substation_id")["heat_kwh"].shift(168)

NUM = ["outdoor_temp_fcst_c", "wind_fcst_ms", "solar_fcst_wm2", "supply_temp_setpoint_c",
       "floor_area_m2", "hdd", "lag_24", "lag_168"]
CAL = ["hour", "dow"]

print(panel[NUM].isna().mean().round(3))

imputer = SimpleImputer(strategy="median")
scaler = StandardScaler()
panel[NUM] = scaler.fit_transform(imputer.fit_transform(panel[NUM]))
panel = pd.concat([panel, pd.get_dummies(panel["building_type"], prefix="bt", dtype=float),
                   pd.get_dummies(panel["hour"], prefix="h", dtype=float)], axis=1)
FEATS = NUM + ["dow"] + [c for c in panel.columns if c.startswith(("bt_", "h_"))]

# validation: held-out substations, after the cutoff
sub_ids = panel["substation_id"].drop_duplicates().sample(frac=1.0, random_state=21).tolist()
val_subs = sub_ids[: len(sub_ids) // 5]
cutoff = pd.Timestamp("2024-02-01")
fit_rows = (panel["timestamp"] < cutoff) & ~panel["substation_id"].isin(val_subs)
val_rows = (panel["timestamp"] >= cutoff) & panel["substation_id"].isin(val_subs)
X_fit, y_fit = panel.loc[fit_rows, FEATS], panel.loc[fit_rows, "heat_kwh"]
X_val, y_val = panel.loc[val_rows, FEATS], panel.loc[val_rows, "heat_kwh"]

results = {}
results["baseline: train mean"] = mean_absolute_error(y_val, np.full(len(y_val), y_fit.mean()))

ridge = Ridge(alpha=10.0).fit(X_fit, y_fit)
results["ridge"] = mean_absolute_error(y_val, ridge.predict(X_val))

lgbm = LGBMRegressor(n_estimators=800, learning_rate=0.04, num_leaves=48, verbose=-1)
lgbm.fit(X_fit, y_fit)
results["lightgbm"] = mean_absolute_error(y_val, lgbm.predict(X_val))

for k, v in results.items():
    print(f"{k:<22} MAE = {v:.3f}")
