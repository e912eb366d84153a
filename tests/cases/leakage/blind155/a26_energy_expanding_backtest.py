"""Hourly grid load - expanding-window backtest.

Data: train.csv (obs_id, timestamp, temperature, humidity, wind_speed,
is_holiday, load_mw), hourly, ~2 years. test.csv continues the series.
Sensor gaps in temperature are carried forward from the last reading.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error

TARGET, TIME, ID = "load_mw", "timestamp", "obs_id"

train = pd.read_csv("train.csv", parse_dates=[TIME])
test = pd.read_csv("test.csv", parse_dates=[TIME])
n_train = len(train)
full = pd.concat([train, test], ignore_index=True).sort_values(TIME).reset_index(drop=True)
print(full[["temperature", "humidity", "wind_speed"]].isna().mean())

# gaps: last observation carried forward
for col in ["temperature", "humidity", "wind_speed"]:
    full[col] = full[col].ffill()

full["hour"] = full[TIME].dt.hour
full["dow"] = full[TIME].dt.dayofweek
full["month"] = full[TIME].dt.month
full["how"] = full["dow"] * 24 + full["hour"]
full["cdd"] = (full["temperature"] - 18).clip(lower=0)
full["hdd"] = (18 - full["temperature"]).clip(lower=0)
full["temp_lag1"] = full["temperature"].shift(1)
full["temp_lag24"] = full["temperature"].shift(24)
full["temp_mean_prev24"] = full["temperature"].shift(1).rolling(24, min_periods=12).mean()

FEATURES = ["temperature", "humidity", "wind_speed", "is_holiday", "hour", "dow", "month",
            "cdd", "hdd", "temp_lag1", "temp_lag24", "temp_mean_prev24"]

is_train = full[ID].isin(train[ID])
tr_df = full[is_train].reset_index(drop=True)
te_df = full[~is_train].reset_index(drop=True)


def expanding_windows(n, initial, horizon, gap=0, step=None):
    """Yield (train_idx, test_idx) with training always ending before the test block."""
    step = step or horizon
    start = initial
    while start + gap + horizon <= n:
        yield np.arange(0, start), np.arange(start + gap, start + gap + horizon)
        start += step


H = 24 * 28  # four weeks
folds = list(expanding_windows(len(tr_df), initial=24 * 365, horizon=H, gap=24))
print(len(folds), "backtest folds")

rows = []
for i, (tr, te) in enumerate(folds):
    a, b = tr_df.iloc[tr], tr_df.iloc[te]
    model = HistGradientBoostingRegressor(max_iter=500, learning_rate=0.05, max_leaf_nodes=63,
                                          random_state=0)
    model.fit(a[FEATURES], a[TARGET])
    pred = model.predict(b[FEATURES])
    # seasonal baseline: average load for that hour-of-week in the training window
    prof = a.groupby("how")[TARGET].mean()
    naive = b["how"].map(prof).fillna(a[TARGET].mean())
    rows.append({
        "fold": i, "test_start": b[TIME].min(),
        "mae": mean_absolute_error(b[TARGET], pred),
        "rmse": mean_squared_error(b[TARGET], pred) ** 0.5,
        "mae_baseline": mean_absolute_error(b[TARGET], naive),
    })

bt = pd.DataFrame(rows)
print(bt.to_string(index=False))
print("mean MAE %.2f vs hour-of-week baseline %.2f" % (bt.mae.mean(), bt.mae_baseline.mean()))

model = HistGradientBoostingRegressor(max_iter=500, learning_rate=0.05, max_leaf_nodes=63,
                                      random_state=0).fit(tr_df[FEATURES], tr_df[TARGET])
pd.DataFrame({ID: te_df[ID], "prediction": model.predict(te_df[FEATURES])}).to_csv(
    "predictions.csv", index=False)
