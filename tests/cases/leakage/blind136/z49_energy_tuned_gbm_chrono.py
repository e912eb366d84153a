"""Hourly electricity load - tuned gradient boosting, chronological evaluation.

1. data sorted by time; last 3 months held out as test
2. hyper-parameters by TimeSeriesSplit CV on the earlier data
3. test scored once: MAE, RMSE, MAPE, with block-bootstrap intervals
   (resampling whole days keeps the within-day correlation)
4. error analysis by hour of day and by temperature band
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, mean_absolute_percentage_error, mean_squared_error
from sklearn.model_selection import GridSearchCV, TimeSeriesSplit

df = pd.read_csv("data/hourly_load.csv", parse_dates=["timestamp"]).sort_values("timestamp").reset_index(drop=True)
df["hour"] = df.timestamp.dt.hour
df["dow"] = df.timestamp.dt.dayofweek
df["month"] = df.timestamp.dt.month
df["hdd"] = (18 - df.temperature).clip(lower=0)
df["cdd"] = (df.temperature - 22).clip(lower=0)
df["temp_prev6"] = df.temperature.shift(6)
df["temp_prev24_mean"] = df.temperature.shift(1).rolling(24).mean()
df = df.dropna(subset=["temp_prev6", "temp_prev24_mean"])

feats = ["temperature", "humidity", "wind_speed", "is_holiday", "hour", "dow", "month",
         "hdd", "cdd", "temp_prev6", "temp_prev24_mean"]
cut = df.timestamp.max() - pd.DateOffset(months=3)
train, test = df[df.timestamp <= cut], df[df.timestamp > cut]
print(f"train to {train.timestamp.max()}, test from {test.timestamp.min()}")

gs = GridSearchCV(
    HistGradientBoostingRegressor(max_iter=800, random_state=0),
    {"learning_rate": [0.03, 0.06], "max_leaf_nodes": [31, 63], "min_samples_leaf": [20, 80]},
    cv=TimeSeriesSplit(n_splits=4, gap=24), scoring="neg_mean_absolute_error", n_jobs=-1,
).fit(train[feats], train["load_mw"])
print("params:", gs.best_params_, "CV MAE:", round(-gs.best_score_, 2))

test = test.assign(pred=gs.predict(test[feats]))
y, yhat = test["load_mw"].to_numpy(), test["pred"].to_numpy()
point = {"MAE": mean_absolute_error(y, yhat), "RMSE": mean_squared_error(y, yhat) ** 0.5,
         "MAPE": mean_absolute_percentage_error(y, yhat)}

days = test["timestamp"].dt.date.to_numpy()
uniq = np.unique(days)
by_day = {d: np.flatnonzero(days == d) for d in uniq}
rng = np.random.default_rng(0)
boot = {k: [] for k in point}
for _ in range(500):
    idx = np.concatenate([by_day[d] for d in rng.choice(uniq, len(uniq), replace=True)])
    boot["MAE"].append(mean_absolute_error(y[idx], yhat[idx]))
    boot["RMSE"].append(mean_squared_error(y[idx], yhat[idx]) ** 0.5)
    boot["MAPE"].append(mean_absolute_percentage_error(y[idx], yhat[idx]))
for k, v in point.items():
    lo, hi = np.percentile(boot[k], [2.5, 97.5])
    print(f"{k:5s} {v:10.4f}   95% block-bootstrap CI [{lo:.4f}, {hi:.4f}]")

test["abs_err"] = np.abs(y - yhat)
print(test.groupby("hour")["abs_err"].mean().round(2).to_string())
print(test.groupby(pd.cut(test.temperature, [-30, 0, 10, 20, 30, 45]), observed=True)["abs_err"].agg(["mean", "count"]).round(2))
