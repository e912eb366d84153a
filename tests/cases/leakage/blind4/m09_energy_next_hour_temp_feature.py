import pandas as pd
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_absolute_error

df = pd.read_csv("building_energy.csv", parse_dates=["timestamp"])
df = df.sort_values("timestamp")
df["hour"] = df["timestamp"].dt.hour
df["temp_lag1"] = df["air_temperature"].shift(1)
df["temp_next"] = df["air_temperature"].shift(-1)
df["load_lag1"] = df["meter_reading"].shift(1)
df["load_lag24"] = df["meter_reading"].shift(24)
df = df.dropna()

cutoff = df["timestamp"].quantile(0.8)
train = df[df["timestamp"] <= cutoff]
test = df[df["timestamp"] > cutoff]
features = ["hour", "air_temperature", "temp_lag1", "temp_next", "load_lag1", "load_lag24"]
rf = RandomForestRegressor(n_estimators=300, min_samples_leaf=5, n_jobs=-1)
rf.fit(train[features], train["meter_reading"])
print("MAE", mean_absolute_error(test["meter_reading"], rf.predict(test[features])))
