"""Spend take-home: next-month spend per customer.

Global gradient boosting over customer-month rows. Evaluation: months after
the cutoff, for customers that were not in the training set.
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

# refunds_next_month / churned_next_month are only known after the target month
df = df.drop(columns=["refunds_next_month", "churned_next_month"])

customers = df["customer_id"].unique()
rng = np.random.default_rng(2024)
heldout = rng.choice(customers, size=int(0.2 * len(customers)), replace=False)
train = df[(df["month"] < cutoff) & ~df["customer_id"].isin(heldout)]
test = df[(df["month"] >= cutoff) & df["customer_id"].isin(heldout)]

model = HistGradientBoostingRegressor(max_iter=500, learning_rate=0.05, random_state=0)
model.fit(train[FEATURES], np.log1p(train[TARGET]))
pred = np.expm1(model.predict(test[FEATURES]))


def wape(y, f):
    y, f = np.asarray(y, float), np.asarray(f, float)
    return np.abs(y - f).sum() / np.abs(y).sum()


def report(name, y, f):
    y, f = np.asarray(y, float), np.asarray(f, float)
    print(f"{name:<30} MAE {mean_absolute_error(y, f):8.2f}  RMSE {np.sqrt(np.mean((y - f) ** 2)):8.2f}  WAPE {wape(y, f):.3f}")

report("last-month baseline", test[TARGET], test["spend_this_month"])
report("gbm (log1p target)", test[TARGET], pred)
