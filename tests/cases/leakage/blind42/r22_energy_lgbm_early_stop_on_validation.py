"""Energy take-home: hourly load per site, 7 days ahead, LightGBM.

Holdout = last 168 hours. Early stopping decides the number of trees.
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

import lightgbm as lgb

FEATURES = ["site_id", "hour", "dow", "month", "is_holiday", "temp_c", "humidity",
            "lag_168", "lag_336", "lag_168_mean24"]

train = df[df["timestamp"] < cutoff].dropna(subset=["lag_336"])
test = df[df["timestamp"] >= cutoff]

# early stopping on the last week of the training period, not on the holdout
val_start = cutoff - pd.Timedelta(hours=HORIZON_H)
fit_part = train[train["timestamp"] < val_start]
val_part = train[train["timestamp"] >= val_start]

model = lgb.LGBMRegressor(n_estimators=5000, learning_rate=0.02, num_leaves=63,
                          colsample_bytree=0.8, random_state=0)
model.fit(fit_part[FEATURES], fit_part[TARGET],
          eval_set=[(val_part[FEATURES], val_part[TARGET])], eval_metric="l1",
          categorical_feature=["site_id"],
          callbacks=[lgb.early_stopping(200), lgb.log_evaluation(0)])
print("best iteration:", model.best_iteration_)

pred = model.predict(test[FEATURES], num_iteration=model.best_iteration_)


def mape(y, f):
    y, f = np.asarray(y, float), np.asarray(f, float)
    return 100 * np.mean(np.abs(y - f) / np.abs(y))


def report(name, y, f):
    y, f = np.asarray(y, float), np.asarray(f, float)
    print(f"{name:<28} MAE {np.mean(np.abs(y - f)):8.3f}  RMSE {np.sqrt(np.mean((y - f) ** 2)):8.3f}  MAPE {mape(y, f):6.2f}%")

report("seasonal-naive baseline", test[TARGET], test["lag_168"])
report("lightgbm", test[TARGET], pred)
