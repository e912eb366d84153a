"""Call-centre take-home: daily calls per queue, 28 days ahead.

Each queue has its own weekly shape, so a queue x weekday level feature is
added to the lag features.
"""
import numpy as np
import pandas as pd

TARGET = "calls_offered"
HORIZON = 28  # staffing plan covers the next four weeks

df = pd.read_csv("train.csv", parse_dates=["date"])
df = df.sort_values(["queue_id", "date"]).reset_index(drop=True)

df["dow"] = df["date"].dt.dayofweek
df["month"] = df["date"].dt.month
df["dom"] = df["date"].dt.day

g = df.groupby("queue_id")[TARGET]
for lag in (28, 35, 42, 49, 56):
    df[f"lag_{lag}"] = g.shift(lag)
df["rmean_28_7"] = g.transform(lambda s: s.shift(28).rolling(7).mean())
df["rmean_28_28"] = g.transform(lambda s: s.shift(28).rolling(28).mean())

cutoff = df["date"].max() - pd.Timedelta(days=HORIZON - 1)

from sklearn.ensemble import HistGradientBoostingRegressor

FEATURES = ["queue_id", "dow", "month", "dom", "is_holiday", "agents_scheduled",
            "marketing_emails_sent", "lag_28", "lag_35", "lag_42", "lag_49", "lag_56",
            "rmean_28_7", "rmean_28_28"] + ["queue_dow_level"]

df["queue_dow_level"] = df.groupby(["queue_id", "dow"])[TARGET].transform("mean")

train = df[df["date"] < cutoff]
test = df[df["date"] >= cutoff]

model = HistGradientBoostingRegressor(max_iter=500, learning_rate=0.05, loss="poisson", random_state=0)
model.fit(train[FEATURES], train[TARGET])
pred = model.predict(test[FEATURES])


def wape(y, f):
    y, f = np.asarray(y, float), np.asarray(f, float)
    return np.abs(y - f).sum() / np.abs(y).sum()


def report(name, y, f):
    y, f = np.asarray(y, float), np.asarray(f, float)
    print(f"{name:<26} MAE {np.mean(np.abs(y - f)):7.2f}  RMSE {np.sqrt(np.mean((y - f) ** 2)):7.2f}  WAPE {wape(y, f):.3f}")

report("seasonal-naive baseline", test[TARGET], test["lag_28"])
report("gbm", test[TARGET], pred)
