"""Call-centre take-home: daily calls per queue, 28 days ahead.

Many candidate lag / calendar features; keep the 8 most related to the
target with a univariate F-test, then fit a ridge regression.
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

from sklearn.feature_selection import SelectKBest, f_regression
from sklearn.linear_model import Ridge

for lag in (63, 70, 364):
    df[f"lag_{lag}"] = g.shift(lag)
df["rstd_28_28"] = g.transform(lambda s: s.shift(28).rolling(28).std())
df["rmax_28_7"] = g.transform(lambda s: s.shift(28).rolling(7).max())
CANDIDATES = ["queue_id", "dow", "month", "dom", "is_holiday", "agents_scheduled",
            "marketing_emails_sent", "lag_28", "lag_35", "lag_42", "lag_49", "lag_56",
            "rmean_28_7", "rmean_28_28"] + ["lag_63", "lag_70", "lag_364", "rstd_28_28", "rmax_28_7"]
df = df.dropna(subset=CANDIDATES).reset_index(drop=True)
is_test = df["date"] >= cutoff

selector = SelectKBest(f_regression, k=8).fit(df[CANDIDATES], df[TARGET])
FEATURES = list(np.array(CANDIDATES)[selector.get_support()])
print("kept:", FEATURES)

train, test = df[~is_test], df[is_test]

model = Ridge(alpha=1.0).fit(train[FEATURES], train[TARGET])
pred = model.predict(test[FEATURES])


def wape(y, f):
    y, f = np.asarray(y, float), np.asarray(f, float)
    return np.abs(y - f).sum() / np.abs(y).sum()


def report(name, y, f):
    y, f = np.asarray(y, float), np.asarray(f, float)
    print(f"{name:<26} MAE {np.mean(np.abs(y - f)):7.2f}  RMSE {np.sqrt(np.mean((y - f) ** 2)):7.2f}  WAPE {wape(y, f):.3f}")

report("seasonal-naive baseline", test[TARGET], test["lag_28"])
report("ridge on selected", test[TARGET], pred)
