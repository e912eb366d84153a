"""Weekly category revenue: univariate selection + gradient boosting, selection refit per fold.

Interaction features are generated up front (stateless arithmetic); SelectKBest lives
inside the Pipeline so cross_val_score refits it on each training fold.
CV folds are grouped by store. DummyRegressor(mean) is the reference.
"""
from itertools import combinations

import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.feature_selection import SelectKBest, f_regression
from sklearn.model_selection import GroupKFold, cross_val_score
from sklearn.pipeline import Pipeline

df = pd.read_csv("train.csv")
num = ["sq_ft", "n_checkouts", "avg_price_index", "promo_share", "competitor_distance_km",
       "local_population", "week_of_year"]
for a, b in combinations(num, 2):
    df[f"{a}_x_{b}"] = df[a] * df[b]
    df[f"{a}_div_{b}"] = df[a] / (df[b] + 1e-3)
dummies = pd.get_dummies(df[["region", "store_format", "category"]], dtype=float)
X = pd.concat([df.drop(columns=["row_id", "store_id", "region", "store_format", "category",
                                "weekly_revenue", "units_sold"]), dummies], axis=1)
y = df["weekly_revenue"]
groups = df["store_id"]
print("candidate features:", X.shape[1])

cv = GroupKFold(n_splits=5)
results = {}
for k in (10, 20, 40, "all"):
    pipe = Pipeline([
        ("select", SelectKBest(f_regression, k=k)),
        ("gbr", HistGradientBoostingRegressor(loss="gamma", max_iter=400, learning_rate=0.05)),
    ])
    s = cross_val_score(pipe, X, y, cv=cv, groups=groups, scoring="neg_mean_absolute_error")
    results[f"select k={k}"] = -s.mean()

dummy = cross_val_score(DummyRegressor(strategy="mean"), X, y, cv=cv, groups=groups,
                        scoring="neg_mean_absolute_error")
results["dummy mean"] = -dummy.mean()

for name, mae in sorted(results.items(), key=lambda kv: kv[1]):
    print(f"{name:14s} CV MAE = {mae:,.1f}")
