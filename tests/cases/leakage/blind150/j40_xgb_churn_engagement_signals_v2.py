"""
Churn next month (churn-snapshots bundle)

* evaluation: out-of-time and out-of-customer, like the hidden test (Oct-Dec, other customers)
* model: xgboost native API, early stopping on an inner out-of-time split
"""
import json

import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

TARGET = "churned_next_month"
TIME = "snapshot_month"
CUSTOMER = "customer_id"
SNAP_ID = "snapshot_id"

df = pd.read_csv("train.csv", parse_dates=[TIME])
test_df = pd.read_csv("test.csv", parse_dates=[TIME])

# account_closed_date_known is only filled in once the account is closed, and retention offers are made
# to customers who already asked to cancel -> neither can be used
POST_OUTCOME = ["account_closed_date_known", "retention_offer_accepted"]
df = df.drop(columns=POST_OUTCOME)
test_df = test_df.drop(columns=POST_OUTCOME, errors="ignore")

print(df.groupby("has_discount")[TARGET].mean())
print(df.groupby("plan")[TARGET].agg(["mean", "size"]))

CATS = ["plan", "region"]


def to_matrix(frame, columns=None):
    X = frame.drop(columns=[c for c in (TARGET, TIME, CUSTOMER, SNAP_ID) if c in frame.columns])
    X = pd.get_dummies(X, columns=CATS, dtype=float)
    X["login_gap_ratio"] = X["days_since_last_login"] / 30.0
    X["ticket_heavy"] = (X["support_tickets_30d"] >= 3).astype(int)
    if columns is not None:
        X = X.reindex(columns=columns, fill_value=0.0)
    return X


def split_out_of_time(frame, boundary):
    boundary = pd.Timestamp(boundary)
    past = frame[frame[TIME] < boundary]
    future = frame[frame[TIME] >= boundary]
    future = future[~future[CUSTOMER].isin(set(past[CUSTOMER]))]
    return past, future


dev, holdout = split_out_of_time(df, "2024-08-01")
fit, early = split_out_of_time(dev, "2024-06-01")

X_fit = to_matrix(fit)
cols = X_fit.columns
X_early, X_hold = to_matrix(early, cols), to_matrix(holdout, cols)
print("features:", list(cols))

params = {
    "objective": "binary:logistic",
    "eval_metric": ["auc", "aucpr"],
    "eta": 0.05,
    "max_depth": 4,
    "min_child_weight": 6,
    "subsample": 0.85,
    "colsample_bytree": 0.85,
    "scale_pos_weight": float((fit[TARGET] == 0).sum() / max((fit[TARGET] == 1).sum(), 1)),
}
d_fit = xgb.DMatrix(X_fit, label=fit[TARGET])
d_early = xgb.DMatrix(X_early, label=early[TARGET])
bst = xgb.train(params, d_fit, num_boost_round=1500, evals=[(d_fit, "fit"), (d_early, "early")],
                early_stopping_rounds=80, verbose_eval=100)
n_trees = bst.best_iteration + 1

p = bst.predict(xgb.DMatrix(X_hold), iteration_range=(0, n_trees))
dummy = DummyClassifier(strategy="prior").fit(X_fit, fit[TARGET])
p0 = dummy.predict_proba(X_hold)[:, 1]
print(f"holdout ({len(holdout)} rows, {holdout[CUSTOMER].nunique()} new customers)")
print(f"  DummyClassifier  AUC={roc_auc_score(holdout[TARGET], p0):.4f}  AP={average_precision_score(holdout[TARGET], p0):.4f}")
print(f"  xgboost          AUC={roc_auc_score(holdout[TARGET], p):.4f}  AP={average_precision_score(holdout[TARGET], p):.4f}")

gain = pd.Series(bst.get_score(importance_type="gain")).sort_values(ascending=False)
print(gain.head(10).round(2))

pred = bst.predict(xgb.DMatrix(to_matrix(test_df, cols)), iteration_range=(0, n_trees))
pd.DataFrame({SNAP_ID: test_df[SNAP_ID], "prediction": pred}).to_csv("predictions.csv", index=False)
