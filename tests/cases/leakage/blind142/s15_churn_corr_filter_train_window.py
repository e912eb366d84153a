"""Churn-snapshots: correlation filter, computed on the training window.

Build ~20 candidate features, rank them by |corr| with the label on the Jan-Jun rows only,
keep 8, fit logistic regression, validate on Jul-Sep rows of customers not seen in Jan-Jun.
"""
import json

import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score

task = json.load(open("task.json"))
TARGET, ID_COL = task["target"], task["id_column"]
df = pd.read_csv("train.csv")
test_df = pd.read_csv("test.csv")

RAW = ["tenure_months", "monthly_charges", "has_discount", "logins_30d",
       "days_since_last_login", "support_tickets_30d", "payment_failures_90d"]


def candidates(d):
    f = {c: d[c].fillna(0).to_numpy(float) for c in RAW}
    f["log_charges"] = np.log1p(f["monthly_charges"])
    f["charges_per_tenure"] = f["monthly_charges"] / (f["tenure_months"] + 1)
    f["logins_per_ticket"] = f["logins_30d"] / (f["support_tickets_30d"] + 1)
    f["no_login_2w"] = (f["days_since_last_login"] > 14).astype(float)
    f["any_failure"] = (f["payment_failures_90d"] > 0).astype(float)
    f["new_customer"] = (f["tenure_months"] < 6).astype(float)
    for p in ["basic", "standard", "premium"]:
        f["plan_" + p] = (d["plan"] == p).to_numpy(float)
    for r in ["north", "south", "east", "west"]:
        f["region_" + r] = (d["region"] == r).to_numpy(float)
    return list(f), np.column_stack(list(f.values()))


def abs_corr(A, t):
    out = np.zeros(A.shape[1])
    for j in range(A.shape[1]):
        if A[:, j].std() > 0:
            out[j] = abs(np.corrcoef(A[:, j], t)[0, 1])
    return out


names, X_all = candidates(df)
y = df[TARGET].to_numpy()
month = pd.to_datetime(df["snapshot_month"]).to_numpy()
cust = df["customer_id"].to_numpy()

cut = np.datetime64("2024-07-01")
train_ix = np.where(month < cut)[0]
valid_ix = np.where(month >= cut)[0]
valid_ix = valid_ix[~np.isin(cust[valid_ix], cust[train_ix])]

corr = abs_corr(X_all[train_ix], y[train_ix])
keep = np.argsort(corr)[::-1][:8]
print("kept:", [(names[j], round(corr[j], 3)) for j in keep])

X = X_all[:, keep]
mu, sd = X[train_ix].mean(0), X[train_ix].std(0) + 1e-9
clf = LogisticRegression(max_iter=3000, class_weight="balanced")
clf.fit((X[train_ix] - mu) / sd, y[train_ix])
p = clf.predict_proba((X[valid_ix] - mu) / sd)[:, 1]

naive = np.full(valid_ix.size, y[train_ix].mean())
print("naive prior  AUC=%.3f AP=%.3f" % (roc_auc_score(y[valid_ix], naive), average_precision_score(y[valid_ix], naive)))
print("logreg top-8 AUC=%.3f AP=%.3f" % (roc_auc_score(y[valid_ix], p), average_precision_score(y[valid_ix], p)))

# final: redo the ranking on every labelled row, refit
keep_all = np.argsort(abs_corr(X_all, y))[::-1][:8]
Xf = X_all[:, keep_all]
mu_a, sd_a = Xf.mean(0), Xf.std(0) + 1e-9
clf.fit((Xf - mu_a) / sd_a, y)
_, X_test_all = candidates(test_df)
pred = clf.predict_proba((X_test_all[:, keep_all] - mu_a) / sd_a)[:, 1]
pd.DataFrame({ID_COL: test_df[ID_COL], "prediction": pred}).to_csv("predictions.csv", index=False)
