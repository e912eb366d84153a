"""Churn take-home - logistic regression on the monthly snapshots.

Everything is done on plain numpy arrays so I can see exactly which rows go where.
"""
import json

import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score, average_precision_score

task = json.load(open("task.json"))
TARGET = task["target"]
ID_COL = task["id_column"]

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(train.shape, test.shape)
print(train[TARGET].value_counts())

NUMERIC = [
    "tenure_months",
    "monthly_charges",
    "has_discount",
    "logins_30d",
    "days_since_last_login",
    "support_tickets_30d",
    "payment_failures_90d",
]
CAT_COLS = list(pd.get_dummies(pd.concat([train, test])[["plan", "region"]], dtype=float).columns)


def to_matrix(frame):
    num = frame[NUMERIC].fillna(0).to_numpy(dtype=float)
    cats = pd.get_dummies(frame[["plan", "region"]], dtype=float).reindex(columns=CAT_COLS, fill_value=0.0)
    charge_per_login = num[:, 1] / (num[:, 3] + 1.0)
    return np.column_stack([num, cats.to_numpy(), charge_per_login])


X = to_matrix(train)
y = train[TARGET].to_numpy()
print("X:", X.shape)

# 80/20 split on shuffled row positions
rng = np.random.default_rng(2024)
idx = rng.permutation(len(X))
n_train = int(0.8 * len(X))
train_idx, test_idx = idx[:n_train], idx[n_train:]

# standardise with the training part only
mu = X[train_idx].mean(axis=0)
sd = X[train_idx].std(axis=0)
sd[sd == 0] = 1.0
Xs = (X - mu) / sd

clf = LogisticRegression(C=0.5, class_weight="balanced", max_iter=2000)
clf.fit(Xs[train_idx], y[train_idx])
proba = clf.predict_proba(Xs[test_idx])[:, 1]

auc = roc_auc_score(y[test_idx], proba)
ap = average_precision_score(y[test_idx], proba)

# baseline: everybody gets the training churn rate
prior = y[train_idx].mean()
base = np.full(len(test_idx), prior)
print(f"baseline  AUC={roc_auc_score(y[test_idx], base):.3f}  AP={average_precision_score(y[test_idx], base):.3f}")
print(f"logreg    AUC={auc:.3f}  AP={ap:.3f}")

coefs = pd.Series(clf.coef_[0], index=NUMERIC + CAT_COLS + ["charge_per_login"])
print(coefs.sort_values())

# refit on all of train.csv and write the submission
mu_all, sd_all = X.mean(axis=0), X.std(axis=0)
sd_all[sd_all == 0] = 1.0
final = LogisticRegression(C=0.5, class_weight="balanced", max_iter=2000)
final.fit((X - mu_all) / sd_all, y)
X_test = (to_matrix(test) - mu_all) / sd_all
pd.DataFrame({ID_COL: test[ID_COL], "prediction": final.predict_proba(X_test)[:, 1]}).to_csv(
    "predictions.csv", index=False
)
print("wrote predictions.csv")
