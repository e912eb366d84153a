#!/usr/bin/env python
# Load forecasting take-home: many candidate weather/calendar features, keep the ones that
# correlate with the load, gradient boosting on a chronological split.

import numpy as np
import pandas as pd
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, mean_absolute_percentage_error

CUT = "2023-10-01"

df = pd.read_csv("train.csv", parse_dates=["timestamp"]).sort_values("timestamp").reset_index(drop=True)
df = df.drop(columns=["row_id", "settled_load_mw"])

# ---------------- candidate features ----------------
ts = df["timestamp"]
df["hour"] = ts.dt.hour
df["dow"] = ts.dt.dayofweek
df["month"] = ts.dt.month
df["is_weekend"] = (df["dow"] >= 5).astype(int)
df["is_business_hour"] = df["hour"].between(8, 18).astype(int) * (1 - df["is_weekend"])
df["cdd"] = (df["temperature"] - 18).clip(lower=0)
df["hdd"] = (15 - df["temperature"]).clip(lower=0)
df["temp_sq"] = df["temperature"] ** 2
df["heat_index"] = df["temperature"] + 0.1 * df["humidity"]
df["wind_chill"] = df["temperature"] - 0.7 * df["wind_speed"]
df["dark"] = (df["solar_irradiance"] < 5).astype(int)
for lag in (1, 3, 24):
    df[f"temp_lag_{lag}"] = df["temperature"].shift(lag)
df["load_lag_24"] = df["load_mw"].shift(24)
df["load_lag_168"] = df["load_mw"].shift(168)
df = df.dropna().reset_index(drop=True)

candidates = [c for c in df.columns if c not in ("timestamp", "load_mw")]

# ---------------- feature selection ----------------
corr = df[candidates + ["load_mw"]].corr()["load_mw"].drop("load_mw").abs().sort_values(ascending=False)
print(corr.round(3))
selected = corr[corr >= 0.15].index.tolist()
print(f"kept {len(selected)} of {len(candidates)} candidates")

# temperature is noisy at hourly resolution -> add a smoothed version (6h centred moving average)
df["temp_smooth_6h"] = df["temperature"].rolling(6, center=True, min_periods=1).mean()
features = selected + ["temp_smooth_6h"]

# ---------------- chronological split ----------------
train = df[df["timestamp"] < CUT]
test = df[df["timestamp"] >= CUT]
print("train", train["timestamp"].min(), "->", train["timestamp"].max())
print("test ", test["timestamp"].min(), "->", test["timestamp"].max())

naive = test["load_lag_168"]
print(f"baseline (same hour last week) MAE: {mean_absolute_error(test['load_mw'], naive):.2f}")

gbr = GradientBoostingRegressor(n_estimators=800, learning_rate=0.05, max_depth=5, subsample=0.8,
                                loss="absolute_error", random_state=1)
gbr.fit(train[features], train["load_mw"])
pred = gbr.predict(test[features])
print(f"GBR MAE : {mean_absolute_error(test['load_mw'], pred):.2f}")
print(f"GBR MAPE: {100 * mean_absolute_percentage_error(test['load_mw'], pred):.2f}%")

imp = pd.Series(gbr.feature_importances_, index=features).sort_values(ascending=False)
print(imp.round(4))
