"""Energy take-home: hourly load per site, 7 days ahead.

Linear model on calendar, weather and weekly-lag features, scored on the
final 168 hours of train.csv against a same-hour-last-week baseline.
"""
import numpy as np
import pandas as pd

TARGET = "load_mw"
HORIZON_H = 168  # next 7 days, hourly

df = pd.read_csv("train.csv", parse_dates=["timestamp"])
df = df.sort_values(["site_id", "timestamp"]).reset_index(drop=True)

df["hour"] = df["timestamp"].dt.hour
df["dow"] = df["timestamp"].dt.dayofweek
df["month"] = df["timestamp"].dt.month
df["hour_sin"] = np.sin(2 * np.pi * df["hour"] / 24)
df["hour_cos"] = np.cos(2 * np.pi * df["hour"] / 24)

g = df.groupby("site_id")[TARGET]
df["lag_168"] = g.shift(168)          # same hour last week
df["lag_336"] = g.shift(336)
df["lag_168_mean24"] = g.transform(lambda s: s.shift(168).rolling(24).mean())

cutoff = df["timestamp"].max() - pd.Timedelta(hours=HORIZON_H - 1)

from sklearn.linear_model import Ridge
from sklearn.preprocessing import StandardScaler

df = pd.get_dummies(df, columns=["site_id"], prefix="site", dtype=int)
SITE_COLS = [c for c in df.columns if c.startswith("site_")]
FEATURES = ["hour_sin", "hour_cos", "dow", "month", "is_holiday", "temp_c", "humidity",
            "lag_168", "lag_336", "lag_168_mean24"] + SITE_COLS

df = df.dropna(subset=FEATURES).reset_index(drop=True)
is_test = (df["timestamp"] >= cutoff).to_numpy()
y_train, y_test = df.loc[~is_test, TARGET], df.loc[is_test, TARGET]

scaler = StandardScaler()
X_train = scaler.fit_transform(df.loc[~is_test, FEATURES])  # statistics from the training hours
X_test = scaler.transform(df.loc[is_test, FEATURES])

model = Ridge(alpha=3.0).fit(X_train, y_train)
pred = model.predict(X_test)


def mape(y, f):
    y, f = np.asarray(y, float), np.asarray(f, float)
    return 100 * np.mean(np.abs(y - f) / np.abs(y))


def report(name, y, f):
    y, f = np.asarray(y, float), np.asarray(f, float)
    print(f"{name:<28} MAE {np.mean(np.abs(y - f)):8.3f}  RMSE {np.sqrt(np.mean((y - f) ** 2)):8.3f}  MAPE {mape(y, f):6.2f}%")

report("seasonal-naive baseline", y_test, df.loc[is_test, "lag_168"])
report("ridge", y_test, pred)
