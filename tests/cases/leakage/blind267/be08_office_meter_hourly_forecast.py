"""
Office building electricity - hourly kWh forecast (next hour) with LightGBM.

meter_readings.csv: timestamp, load_kwh, temperature, humidity, occupancy_pct
The logger drops out now and then, so there are holes in every column.
"""
import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.metrics import mean_absolute_error, mean_absolute_percentage_error

COLS = ["load_kwh", "temperature", "humidity", "occupancy_pct"]

df = pd.read_csv("meter_readings.csv", parse_dates=["timestamp"])
df = df.set_index("timestamp").sort_index()
df = df[~df.index.duplicated()]
df = df.asfreq("h")  # make the gaps explicit
print("rows:", len(df))
print("missing per column:\n", df[COLS].isna().sum())

# fill the holes with the last known reading
df[COLS] = df[COLS].ffill()

# features
df["hour"] = df.index.hour
df["dow"] = df.index.dayofweek
df["weekend"] = (df["dow"] >= 5).astype(int)
df["lag_1"] = df["load_kwh"].shift(1)
df["lag_24"] = df["load_kwh"].shift(24)
df["lag_168"] = df["load_kwh"].shift(168)
df["temp_lag_1"] = df["temperature"].shift(1)
df["roll_24"] = df["load_kwh"].shift(1).rolling(24).mean()
df = df.dropna()

# last 30 days = test
split_at = df.index.max() - pd.Timedelta(days=30)
train = df[df.index <= split_at].copy()
test = df[df.index > split_at].copy()

# typical load per hour of day, from the training period
hour_profile = train.groupby("hour")["load_kwh"].mean()
train["hour_profile"] = train["hour"].map(hour_profile)
test["hour_profile"] = test["hour"].map(hour_profile)

feats = ["hour", "dow", "weekend", "temperature", "humidity", "occupancy_pct",
         "lag_1", "lag_24", "lag_168", "temp_lag_1", "roll_24", "hour_profile"]

model = lgb.LGBMRegressor(n_estimators=800, learning_rate=0.03, num_leaves=31,
                          subsample=0.8, subsample_freq=1, colsample_bytree=0.8, verbose=-1)
model.fit(train[feats], train["load_kwh"])
test["pred"] = model.predict(test[feats])

y_true = test["load_kwh"]
print("naive (same hour last week) MAE :", round(mean_absolute_error(y_true, test["lag_168"]), 2))
print("LightGBM MAE                    :", round(mean_absolute_error(y_true, test["pred"]), 2))
print("LightGBM MAPE                   :", round(100 * mean_absolute_percentage_error(y_true, test["pred"]), 1), "%")

# worst days
test["abs_err"] = (test["pred"] - y_true).abs()
print(test["abs_err"].resample("D").mean().sort_values(ascending=False).head())
