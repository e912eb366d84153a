#!/usr/bin/env python
"""Churn-snapshots: median impute + scale (fitted on the training window), logistic regression."""
import json

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score

task = json.load(open("task.json"))
TARGET, ID_COL = task["target"], task["id_column"]

data = pd.read_csv("train.csv")
holdout = pd.read_csv("test.csv")

COLS = ["tenure_months", "monthly_charges", "has_discount", "logins_30d",
        "days_since_last_login", "support_tickets_30d", "payment_failures_90d"]


def raw_matrix(frame):
    a = frame[COLS].to_numpy(dtype=float)
    return np.column_stack([a, np.log1p(a[:, 1]), (frame["plan"] == "basic").to_numpy(float)])


class NumpyPrep:
    """median imputation followed by z-scoring, learned from the rows passed to fit()"""

    def fit(self, a):
        self.med = np.nanmedian(a, axis=0)
        filled = np.where(np.isnan(a), self.med, a)
        self.mu = filled.mean(axis=0)
        self.sd = filled.std(axis=0)
        self.sd[self.sd == 0] = 1.0
        return self

    def transform(self, a):
        return (np.where(np.isnan(a), self.med, a) - self.mu) / self.sd


X_raw = raw_matrix(data)
y = data[TARGET].to_numpy()
snap = pd.to_datetime(data["snapshot_month"]).to_numpy()
cust = data["customer_id"].to_numpy()

cut = np.datetime64("2024-07-01")
train_rows = np.flatnonzero(snap < cut)
later = np.flatnonzero(snap >= cut)
valid_rows = later[~np.isin(cust[later], cust[train_rows])]
print("train/valid rows:", len(train_rows), len(valid_rows))

prep = NumpyPrep().fit(X_raw[train_rows])
X_tr = prep.transform(X_raw[train_rows])
X_va = prep.transform(X_raw[valid_rows])

lr = LogisticRegression(C=0.3, max_iter=5000).fit(X_tr, y[train_rows])
dc = DummyClassifier(strategy="prior").fit(X_tr, y[train_rows])

for name, m in [("dummy", dc), ("logreg", lr)]:
    p = m.predict_proba(X_va)[:, 1]
    print(f"{name:7s} AUC {roc_auc_score(y[valid_rows], p):.3f}  AP {average_precision_score(y[valid_rows], p):.3f}")

# top-decile lift on the validation window
p_va = lr.predict_proba(X_va)[:, 1]
top = p_va >= np.percentile(p_va, 90)
print("churn rate in top decile: %.3f vs overall %.3f" % (y[valid_rows][top].mean(), y[valid_rows].mean()))

# submission: refit prep + model on every labelled row
prep_all = NumpyPrep().fit(X_raw)
lr_all = LogisticRegression(C=0.3, max_iter=5000).fit(prep_all.transform(X_raw), y)
pred = lr_all.predict_proba(prep_all.transform(raw_matrix(holdout)))[:, 1]
pd.DataFrame({ID_COL: holdout[ID_COL], "prediction": pred}).to_csv("predictions.csv", index=False)
