import pandas as pd
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_squared_error

s = pd.read_csv("sensors.csv", parse_dates=["time"], index_col="time").sort_index()
s = s.ffill()
s["pressure_lag1"] = s["pressure"].shift(1)
s = s.dropna()

train = s.loc[:"2023-09-30"]
test = s.loc["2023-10-01":]
feats = ["pressure_lag1", "temperature", "flow"]
gbr = GradientBoostingRegressor().fit(train[feats], train["pressure"])
print("baseline (last value) RMSE", mean_squared_error(test["pressure"], test["pressure_lag1"]) ** 0.5)
print("gbr RMSE", mean_squared_error(test["pressure"], gbr.predict(test[feats])) ** 0.5)
