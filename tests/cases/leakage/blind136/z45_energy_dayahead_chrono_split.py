"""Hourly electricity load - day-ahead model from weather and calendar.

Chronological three-way split: fit < 2023-07, validation 2023-07..2023-09
(model choice), test 2023-10..2023-12 (reported once). Weather features only
look backwards (shift before rolling). Benchmarks: seasonal-naive (same hour
last week) and training-mean.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingRegressor, RandomForestRegressor
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_absolute_error, mean_absolute_percentage_error, mean_squared_error
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

load = pd.read_csv("data/hourly_load.csv", parse_dates=["timestamp"]).sort_values("timestamp").reset_index(drop=True)
print(load["timestamp"].min(), load["timestamp"].max(), len(load))

load["hour"] = load["timestamp"].dt.hour
load["dow"] = load["timestamp"].dt.dayofweek
load["month"] = load["timestamp"].dt.month
load["weekend"] = (load["dow"] >= 5).astype(int)
load["hdd"] = (18 - load["temperature"]).clip(lower=0)
load["cdd"] = (load["temperature"] - 22).clip(lower=0)
load["temp_prev24_mean"] = load["temperature"].shift(1).rolling(24).mean()
load["temp_prev72_max"] = load["temperature"].shift(1).rolling(72).max()
load["hour_sin"] = np.sin(2 * np.pi * load["hour"] / 24)
load["hour_cos"] = np.cos(2 * np.pi * load["hour"] / 24)
load["seasonal_naive"] = load["load_mw"].shift(168)  # benchmark only, not a model input
load = load.dropna(subset=["temp_prev72_max", "seasonal_naive"])

FEATURES = ["temperature", "humidity", "wind_speed", "is_holiday", "hour", "dow", "month", "weekend",
            "hdd", "cdd", "temp_prev24_mean", "temp_prev72_max", "hour_sin", "hour_cos"]

fit = load[load["timestamp"] < "2023-07-01"]
val = load[(load["timestamp"] >= "2023-07-01") & (load["timestamp"] < "2023-10-01")]
test = load[load["timestamp"] >= "2023-10-01"]
print(len(fit), len(val), len(test))

candidates = {
    "ridge": make_pipeline(StandardScaler(), Ridge(alpha=3.0)),
    "rf": RandomForestRegressor(n_estimators=300, min_samples_leaf=5, n_jobs=-1, random_state=0),
    "hgb": HistGradientBoostingRegressor(max_iter=600, learning_rate=0.05, random_state=0),
}
val_mae = {}
for name, m in candidates.items():
    m.fit(fit[FEATURES], fit["load_mw"])
    val_mae[name] = mean_absolute_error(val["load_mw"], m.predict(val[FEATURES]))
val_mae["seasonal_naive"] = mean_absolute_error(val["load_mw"], val["seasonal_naive"])
print(pd.Series(val_mae).sort_values().round(2))

best = min(candidates, key=lambda k: val_mae[k])
model = candidates[best].fit(pd.concat([fit, val])[FEATURES], pd.concat([fit, val])["load_mw"])


def scores(y, yhat):
    return {"MAE": mean_absolute_error(y, yhat), "RMSE": mean_squared_error(y, yhat) ** 0.5,
            "MAPE": mean_absolute_percentage_error(y, yhat)}


report = pd.DataFrame({
    best: scores(test["load_mw"], model.predict(test[FEATURES])),
    "seasonal_naive": scores(test["load_mw"], test["seasonal_naive"]),
    "train_mean": scores(test["load_mw"], np.full(len(test), pd.concat([fit, val])["load_mw"].mean())),
}).T
print("TEST (Oct-Dec 2023), scored once:")
print(report.round(3))
