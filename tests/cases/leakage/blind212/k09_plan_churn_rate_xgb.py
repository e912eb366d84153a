#!/usr/bin/env python
"""Churn-snapshots take-home.

Approach
--------
* Risk priors: historical churn rate per plan and per tenure band, as numeric
  features (xgboost handles them better than raw categoricals here).
* Behavioural features: usage, tickets, payment failures, charges.
* Validation: last quarter of train (Jul-Sep) restricted to customers with no
  earlier snapshot, to mirror the test set (later months, other customers).
* Baseline: prior-rate dummy.
"""
from __future__ import annotations

import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

TARGET = "churned_next_month"
ID_COL = "snapshot_id"
TENURE_BINS = [-1, 3, 6, 12, 24, 48, 1_000]
VALID_FROM = "2024-07"


def load() -> tuple[pd.DataFrame, pd.DataFrame]:
    tr = pd.read_csv("train.csv")
    te = pd.read_csv("test.csv")
    for frame in (tr, te):
        frame["ym"] = frame["snapshot_month"].astype(str).str.slice(0, 7)
        frame["tenure_band"] = pd.cut(frame["tenure_months"], TENURE_BINS).astype(str)
    return tr, te


def behaviour_features(frame: pd.DataFrame) -> pd.DataFrame:
    out = pd.DataFrame(index=frame.index)
    out["monthly_charges"] = frame["monthly_charges"]
    out["tenure_months"] = frame["tenure_months"]
    out["usage_hours"] = frame["usage_hours"]
    out["support_tickets"] = frame["support_tickets"]
    out["payment_failures"] = frame["payment_failures"]
    out["usage_per_dollar"] = frame["usage_hours"] / frame["monthly_charges"].replace(0, np.nan)
    out["tickets_x_failures"] = frame["support_tickets"] * frame["payment_failures"]
    return out


train, test = load()
print(train.shape, test.shape)
print("overall churn rate:", train[TARGET].mean().round(4))

# churn priors per segment
plan_rate = train.groupby("plan")[TARGET].mean()
band_rate = train.groupby("tenure_band")[TARGET].mean()
print(plan_rate.round(4))
print(band_rate.round(4))

train["plan_churn_rate"] = train["plan"].map(plan_rate)
train["tenure_band_churn_rate"] = train["tenure_band"].map(band_rate)
test["plan_churn_rate"] = test["plan"].map(plan_rate).fillna(train[TARGET].mean())
test["tenure_band_churn_rate"] = test["tenure_band"].map(band_rate).fillna(train[TARGET].mean())

PRIOR_COLS = ["plan_churn_rate", "tenure_band_churn_rate"]
X = pd.concat([behaviour_features(train), train[PRIOR_COLS]], axis=1)
X_sub = pd.concat([behaviour_features(test), test[PRIOR_COLS]], axis=1)
y = train[TARGET]

early = train["ym"] < VALID_FROM
known_customers = train.loc[early, "customer_id"].unique()
late_new = (~early) & (~train["customer_id"].isin(known_customers))

X_tr, y_tr = X[early], y[early]
X_va, y_va = X[late_new], y[late_new]
print(f"train={len(X_tr)} valid={len(X_va)} valid_pos={int(y_va.sum())}")

params = {
    "n_estimators": 500,
    "max_depth": 4,
    "learning_rate": 0.04,
    "subsample": 0.8,
    "colsample_bytree": 0.8,
    "min_child_weight": 5,
    "scale_pos_weight": float((y_tr == 0).sum() / max((y_tr == 1).sum(), 1)),
    "eval_metric": "aucpr",
    "random_state": 0,
    "n_jobs": 2,
}
model = xgb.XGBClassifier(**params)
model.fit(X_tr, y_tr)

dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)

scores = {}
for name, est in {"dummy": dummy, "xgb": model}.items():
    p = est.predict_proba(X_va)[:, 1]
    scores[name] = {"roc_auc": roc_auc_score(y_va, p), "pr_auc": average_precision_score(y_va, p)}
print(pd.DataFrame(scores).T.round(4))

gain = pd.Series(model.get_booster().get_score(importance_type="gain")).sort_values(ascending=False)
print(gain.head(10))

final = xgb.XGBClassifier(**params)
final.fit(X, y)
pd.DataFrame({ID_COL: test[ID_COL], "prediction": final.predict_proba(X_sub)[:, 1]}).to_csv(
    "predictions.csv", index=False
)
print("done")
