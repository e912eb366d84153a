"""Demand take-home: how well do price / promo / calendar drivers explain daily units?

Cross-validated so that whole store-item series are held out together.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.model_selection import GroupKFold, cross_val_score

TARGET = "units_sold"

df = pd.read_csv("train.csv", parse_dates=["date"])
df = df.sort_values(["store_item_id", "date"]).reset_index(drop=True)
df["dow"] = df["date"].dt.dayofweek
df["month"] = df["date"].dt.month
df["weekofyear"] = df["date"].dt.isocalendar().week.astype(int)
df["days_to_xmas"] = (pd.to_datetime(df["date"].dt.year.astype(str) + "-12-25") - df["date"]).dt.days

FEATURES = ["store_id", "item_id", "dow", "month", "weekofyear", "days_to_xmas",
            "sell_price", "on_promo", "is_holiday"]
X, y, groups = df[FEATURES], df[TARGET], df["store_item_id"]

cv = GroupKFold(n_splits=5)
model = HistGradientBoostingRegressor(max_iter=400, learning_rate=0.05, loss="poisson")
scores = cross_val_score(model, X, y, groups=groups, cv=cv, scoring="neg_mean_absolute_error")
base = cross_val_score(DummyRegressor(strategy="mean"), X, y, groups=groups, cv=cv,
                       scoring="neg_mean_absolute_error")
print(f"GBM MAE      {-scores.mean():.3f} +/- {scores.std():.3f}")
print(f"baseline MAE {-base.mean():.3f}")
