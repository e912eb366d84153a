"""Spend take-home: next-month spend per customer, quick version.

Random 80/20 split of the customer-month rows.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error

TARGET = "next_month_spend"

df = pd.read_csv("train.csv", parse_dates=["month"])
df = df.sort_values(["customer_id", "month"]).reset_index(drop=True)

g = df.groupby("customer_id")
df["spend_lag1"] = g["spend_this_month"].shift(1)
df["spend_lag2"] = g["spend_this_month"].shift(2)
df["spend_roll3_prev"] = g["spend_this_month"].transform(lambda s: s.shift(1).rolling(3, min_periods=1).mean())
df["orders_lag1"] = g["orders_this_month"].shift(1)
df["month_of_year"] = df["month"].dt.month
df = pd.get_dummies(df, columns=["segment", "region"], dtype=int)
DUMMIES = [c for c in df.columns if c.startswith(("segment_", "region_"))]
FEATURES = ["spend_this_month", "orders_this_month", "tenure_months", "spend_lag1",
            "spend_lag2", "spend_roll3_prev", "orders_lag1", "month_of_year"] + DUMMIES

cutoff = df["month"].max() - pd.DateOffset(months=5)

from sklearn.model_selection import train_test_split

train, test = train_test_split(df, test_size=0.2, random_state=0)

model = HistGradientBoostingRegressor(max_iter=500, learning_rate=0.05, random_state=0)
model.fit(train[FEATURES], train[TARGET])
pred = model.predict(test[FEATURES])


def wape(y, f):
    y, f = np.asarray(y, float), np.asarray(f, float)
    return np.abs(y - f).sum() / np.abs(y).sum()


def report(name, y, f):
    y, f = np.asarray(y, float), np.asarray(f, float)
    print(f"{name:<30} MAE {mean_absolute_error(y, f):8.2f}  RMSE {np.sqrt(np.mean((y - f) ** 2)):8.2f}  WAPE {wape(y, f):.3f}")

report("last-month baseline", test[TARGET], test["spend_this_month"])
report("gbm", test[TARGET], pred)
