"""Escalation scoring -- LightGBM, out-of-time / out-of-account validation and test.

Split (each later part keeps only accounts never seen in an earlier part)
    fit   : tickets created before 2024-03-01
    valid : 2024-03-01 .. 2024-04-30, accounts not in fit   -> early stopping only
    test  : from 2024-05-01, accounts not in fit or valid   -> scored once, at the end

Leakage guard: resolution_hours (known at close) is excluded; ids are not features.
Metric: average precision (primary) + ROC AUC, prior-rate baseline for scale.
"""
import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

VALID_START = pd.Timestamp("2024-03-01")
TEST_START = pd.Timestamp("2024-05-01")
CATS = ["channel", "priority", "product_area", "account_tier"]
NUMS = ["seats", "prior_tickets_90d", "first_response_minutes"]


def prepare(df):
    X = df[CATS + NUMS].copy()
    for c in CATS:
        X[c] = X[c].astype("category")
    X["body_words"] = df["body"].fillna("").str.split().str.len()
    X["subject_words"] = df["subject"].fillna("").str.split().str.len()
    X["created_hour"] = df["created_at"].dt.hour
    X["created_dow"] = df["created_at"].dt.dayofweek
    return X


data = pd.read_csv("train.csv", parse_dates=["created_at"])
submission_rows = pd.read_csv("test.csv", parse_dates=["created_at"])

fit = data[data["created_at"] < VALID_START]
valid = data[data["created_at"].between(VALID_START, TEST_START, inclusive="left")
             & ~data["account_id"].isin(fit["account_id"])]
seen = set(fit["account_id"]) | set(valid["account_id"])
test = data[(data["created_at"] >= TEST_START) & ~data["account_id"].isin(seen)]
X_fit, y_fit = prepare(fit), fit["escalated"]
X_val, y_val = prepare(valid), valid["escalated"]
X_test, y_test = prepare(test), test["escalated"]
print(f"fit={len(fit)} valid={len(valid)} test={len(test)}")

model = lgb.LGBMClassifier(
    n_estimators=3000, learning_rate=0.02, num_leaves=48, min_child_samples=30,
    colsample_bytree=0.7, subsample=0.8, subsample_freq=1, reg_lambda=3.0,
    verbose=-1, random_state=7,
)
model.fit(
    X_fit, y_fit,
    eval_set=[(X_val, y_val)],
    eval_metric="average_precision",
    callbacks=[lgb.early_stopping(150, verbose=False)],
)
print("best iteration (on valid):", model.best_iteration_)

prior = DummyClassifier(strategy="prior").fit(X_fit, y_fit)
for name, m in [("prior baseline", prior), ("lightgbm", model)]:
    p = m.predict_proba(X_test)[:, 1]
    print(f"{name:15s} test AP {average_precision_score(y_test, p):.4f}  AUC {roc_auc_score(y_test, p):.4f}")

final = lgb.LGBMClassifier(**{**model.get_params(), "n_estimators": model.best_iteration_})
final.fit(prepare(data), data["escalated"])
pd.DataFrame({
    "ticket_id": submission_rows["ticket_id"],
    "prediction": final.predict_proba(prepare(submission_rows))[:, 1],
}).to_csv("predictions.csv", index=False)
