"""Daily scrap rate per CNC machine on the stamping line.

Train on everything up to the end of September, evaluate on Q4.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error
from sklearn.preprocessing import StandardScaler

logs = pd.read_csv("press_line_daily.csv", parse_dates=["prod_date"])
logs = logs.sort_values(["machine_id", "prod_date"]).reset_index(drop=True)
logs["scrap_rate"] = logs["scrap_parts"] / logs["total_parts"].clip(lower=1)

per_machine = logs.groupby("machine_id")
logs["scrap_prev"] = per_machine["scrap_rate"].shift(1)
logs["scrap_prev7_mean"] = per_machine["scrap_rate"].transform(lambda s: s.shift(1).rolling(7, min_periods=3).mean())
logs["temp_prev_max"] = per_machine["spindle_temp_max"].shift(1)
logs["vib_prev_mean"] = per_machine["vibration_rms"].shift(1)
logs["days_since_maint"] = (logs["prod_date"] - logs["last_maintenance"].pipe(pd.to_datetime)).dt.days
logs["shift_pattern_3x"] = (logs["shifts_planned"] == 3).astype(int)
logs["dow"] = logs["prod_date"].dt.dayofweek
logs = pd.get_dummies(logs, columns=["machine_type"], prefix="type", dtype=int)
logs = logs.dropna(subset=["scrap_prev", "scrap_prev7_mean", "temp_prev_max", "vib_prev_mean"])

feature_cols = ["scrap_prev", "scrap_prev7_mean", "temp_prev_max", "vib_prev_mean", "days_since_maint",
                "shift_pattern_3x", "dow", "total_parts"] + [c for c in logs.columns if c.startswith("type_")]

train = logs[logs["prod_date"] <= "2023-09-30"]
test = logs[logs["prod_date"] > "2023-09-30"]

scaler = StandardScaler().fit(train[feature_cols])
gbr = GradientBoostingRegressor(n_estimators=300, max_depth=3, learning_rate=0.05, loss="huber", random_state=0)
gbr.fit(scaler.transform(train[feature_cols]), train["scrap_rate"])
pred = gbr.predict(scaler.transform(test[feature_cols]))

print(f"machines: {logs['machine_id'].nunique()}, test days: {test['prod_date'].nunique()}")
print(f"model MAE               : {mean_absolute_error(test['scrap_rate'], pred):.5f}")
print(f"baseline MAE (yesterday): {mean_absolute_error(test['scrap_rate'], test['scrap_prev']):.5f}")
by_machine = test.assign(err=np.abs(test["scrap_rate"] - pred)).groupby("machine_id")["err"].mean()
print(by_machine.sort_values(ascending=False).head(10).round(5))
