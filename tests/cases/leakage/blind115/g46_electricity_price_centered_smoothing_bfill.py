"""Hourly electricity price model - LightGBM with smoothed load and weather features."""
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
import lightgbm as lgb
from sklearn.metrics import mean_absolute_error, mean_squared_error

df = pd.read_csv("train.csv", parse_dates=["timestamp"])
df = df.sort_values("timestamp").reset_index(drop=True)
print(df.shape)
print(df.isna().mean().round(3))

# a few gaps in the gas price and wind series
df["gas_price"] = df["gas_price"].bfill()
df["wind_forecast"] = df["wind_forecast"].interpolate()

df["hour"] = df["timestamp"].dt.hour
df["dow"] = df["timestamp"].dt.dayofweek
df["month"] = df["timestamp"].dt.month
df["residual_load"] = df["demand_forecast"] - df["wind_forecast"] - df["solar_forecast"]

# smoothed temperature / load signals
df["temp_smooth"] = df["temperature"].rolling(12, center=True, min_periods=1).mean()
df["residual_load_smooth"] = df["residual_load"].rolling(24, center=True, min_periods=1).mean()
df["price_lag_24"] = df["price"].shift(24)
df["price_level_24h"] = df["price_lag_24"].rolling(24).mean()
df = df.dropna().reset_index(drop=True)

features = ["hour", "dow", "month", "demand_forecast", "wind_forecast", "solar_forecast",
            "residual_load", "residual_load_smooth", "gas_price", "temp_smooth",
            "price_level_24h", "price_lag_24"]

cut = int(len(df) * 0.8)
train, valid = df.iloc[:cut], df.iloc[cut:]
print("train:", train["timestamp"].min(), "->", train["timestamp"].max())
print("valid:", valid["timestamp"].min(), "->", valid["timestamp"].max())

model = lgb.LGBMRegressor(n_estimators=1500, learning_rate=0.03, num_leaves=63,
                          subsample=0.8, subsample_freq=1, colsample_bytree=0.8, random_state=1)
model.fit(train[features], train["price"])
pred = model.predict(valid[features])
print("MAE :", round(mean_absolute_error(valid["price"], pred), 2))
print("RMSE:", round(np.sqrt(mean_squared_error(valid["price"], pred)), 2))

plt.figure(figsize=(15, 4))
plt.plot(valid["timestamp"].iloc[:24 * 14], valid["price"].iloc[:24 * 14], label="actual")
plt.plot(valid["timestamp"].iloc[:24 * 14], pred[:24 * 14], label="lightgbm")
plt.legend()
plt.savefig("valid_two_weeks.png")

test = pd.read_csv("test.csv", parse_dates=["timestamp"])
print("test rows:", len(test))
