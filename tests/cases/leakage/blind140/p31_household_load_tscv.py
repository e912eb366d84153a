"""Hourly household electricity load forecasting (UCI Individual household power consumption).

One-hour-ahead forecast of Global_active_power (kW) from lagged load and calendar features.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error
from sklearn.model_selection import TimeSeriesSplit

raw = pd.read_csv("data/household_power_consumption.txt", sep=";", na_values="?",
                  low_memory=False)
raw["dt"] = pd.to_datetime(raw["Date"] + " " + raw["Time"], format="%d/%m/%Y %H:%M:%S")
raw = raw.drop(columns=["Date", "Time"]).set_index("dt").sort_index()

load = raw["Global_active_power"].astype(float).resample("h").mean()
load = load.ffill(limit=3).dropna()
print(load.index.min(), "->", load.index.max(), len(load), "hours")

df = load.to_frame("load")
for lag in (1, 2, 3, 6, 12, 24, 48, 168):
    df[f"lag_{lag}"] = df["load"].shift(lag)
prev = df["load"].shift(1)
df["roll_mean_24"] = prev.rolling(24).mean()
df["roll_std_24"] = prev.rolling(24).std()
df["roll_mean_168"] = prev.rolling(168).mean()
df["hour"] = df.index.hour
df["dow"] = df.index.dayofweek
df["month"] = df.index.month
df["is_weekend"] = (df["dow"] >= 5).astype(int)
df = df.dropna()

features = [c for c in df.columns if c != "load"]
X, y = df[features], df["load"]

cv = TimeSeriesSplit(n_splits=5, test_size=24 * 60)   # five consecutive 60-day windows
rows = []
for fold, (tr, te) in enumerate(cv.split(X)):
    model = HistGradientBoostingRegressor(max_iter=500, learning_rate=0.05,
                                          max_leaf_nodes=31, random_state=0)
    model.fit(X.iloc[tr], y.iloc[tr])
    pred = model.predict(X.iloc[te])
    naive = X.iloc[te]["lag_24"]            # seasonal naive baseline: same hour yesterday
    rows.append({
        "fold": fold,
        "test_start": X.index[te[0]],
        "mae_model": mean_absolute_error(y.iloc[te], pred),
        "rmse_model": mean_squared_error(y.iloc[te], pred) ** 0.5,
        "mae_seasonal_naive": mean_absolute_error(y.iloc[te], naive),
    })

res = pd.DataFrame(rows)
print(res.round(4))
print(res[["mae_model", "rmse_model", "mae_seasonal_naive"]].mean().round(4))
skill = 1 - res["mae_model"].mean() / res["mae_seasonal_naive"].mean()
print(f"skill vs seasonal naive: {skill:.1%}")
