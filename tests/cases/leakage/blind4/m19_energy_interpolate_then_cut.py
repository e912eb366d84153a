import pandas as pd
import numpy as np
from xgboost import XGBRegressor
from sklearn.metrics import mean_absolute_error

ts = pd.read_csv("household_power.csv", parse_dates=["ts"], index_col="ts").sort_index()
ts = ts.resample("1h").mean()
ts["global_active_power"] = ts["global_active_power"].interpolate()
ts["voltage"] = ts["voltage"].interpolate(method="time")
ts["lag_1"] = ts["global_active_power"].shift(1)
ts["lag_24"] = ts["global_active_power"].shift(24)
ts["hour"] = ts.index.hour
ts = ts.dropna()

split = int(len(ts) * 0.8)
train, test = ts.iloc[:split], ts.iloc[split:]
features = ["lag_1", "lag_24", "hour", "voltage"]
xgb = XGBRegressor(n_estimators=500, max_depth=6, learning_rate=0.05)
xgb.fit(train[features], train["global_active_power"])
print("MAE", mean_absolute_error(test["global_active_power"], xgb.predict(test[features])))
