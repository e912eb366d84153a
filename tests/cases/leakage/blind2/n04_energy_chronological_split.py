import pandas as pd
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_absolute_error

energy = pd.read_csv("energy.csv", parse_dates=["timestamp"]).sort_values("timestamp").set_index("timestamp")
energy["load_lag_24"] = energy["load"].shift(24)
energy["load_lag_168"] = energy["load"].shift(168)
energy["hour"] = energy.index.hour
energy["dow"] = energy.index.dayofweek
energy = energy.dropna()
feats = ["load_lag_24", "load_lag_168", "hour", "dow", "temperature"]

split_at = int(len(energy) * 0.8)
train, test = energy.iloc[:split_at], energy.iloc[split_at:]
rf = RandomForestRegressor(n_estimators=200, n_jobs=-1).fit(train[feats], train["load"])
print("seasonal naive baseline", mean_absolute_error(test["load"], test["load_lag_168"]))
print("rf", mean_absolute_error(test["load"], rf.predict(test[feats])))
