"""Churn - customer history features computed from PREVIOUS snapshots only.

For every snapshot: mean logins over the customer's earlier snapshots, number of earlier
snapshots, and the change in logins vs. the previous snapshot. Only rows strictly before the
current month are used, so a snapshot never sees its own future.
"""
import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score

TARGET = "churned_next_month"
ID_COL = "snapshot_id"
df = pd.read_csv("train.csv")
df_test = pd.read_csv("test.csv")


def history_features(frame):
    cid = frame["customer_id"].to_numpy()
    mon = pd.to_datetime(frame["snapshot_month"]).to_numpy()
    logins = frame["logins_30d"].fillna(0).to_numpy(float)
    _, g = np.unique(cid, return_inverse=True)
    order = np.lexsort((mon, g))            # by customer, then month
    g_s, l_s = g[order], logins[order]
    n = len(order)
    first = np.r_[True, g_s[1:] != g_s[:-1]]
    start = np.maximum.accumulate(np.where(first, np.arange(n), 0))
    csum = np.cumsum(l_s)
    before = csum - l_s - (csum[start] - l_s[start])   # sum of strictly earlier snapshots
    n_before = np.arange(n) - start
    mean_before = np.where(n_before > 0, before / np.maximum(n_before, 1), l_s)
    prev = np.where(first, l_s, np.r_[l_s[:1], l_s[:-1]])
    delta = l_s - prev
    out = np.empty((n, 3))
    out[order] = np.column_stack([mean_before, n_before, delta])
    return out


base_cols = ["tenure_months", "monthly_charges", "has_discount", "logins_30d",
             "days_since_last_login", "support_tickets_30d", "payment_failures_90d"]
X = np.hstack([df[base_cols].fillna(0).to_numpy(float), history_features(df)])
y = df[TARGET].to_numpy()

mon = pd.to_datetime(df["snapshot_month"]).to_numpy()
cid = df["customer_id"].to_numpy()
cut = np.datetime64("2024-07-01")
tr = np.flatnonzero(mon < cut)
va = np.flatnonzero((mon >= cut) & ~np.isin(cid, cid[tr]))
print("train", tr.size, "valid", va.size)

mu, sd = X[tr].mean(0), X[tr].std(0) + 1e-9
model = LogisticRegression(max_iter=4000, C=0.2, class_weight="balanced")
model.fit((X[tr] - mu) / sd, y[tr])
p = model.predict_proba((X[va] - mu) / sd)[:, 1]

prior = np.repeat(y[tr].mean(), va.size)
print("baseline  AUC %.3f AP %.3f" % (roc_auc_score(y[va], prior), average_precision_score(y[va], prior)))
print("logreg    AUC %.3f AP %.3f" % (roc_auc_score(y[va], p), average_precision_score(y[va], p)))

X_test = np.hstack([df_test[base_cols].fillna(0).to_numpy(float), history_features(df_test)])
mu_a, sd_a = X.mean(0), X.std(0) + 1e-9
model.fit((X - mu_a) / sd_a, y)
pd.DataFrame({ID_COL: df_test[ID_COL], "prediction": model.predict_proba((X_test - mu_a) / sd_a)[:, 1]}).to_csv(
    "predictions.csv", index=False)
