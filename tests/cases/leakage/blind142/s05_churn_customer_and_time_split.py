"""Churn-snapshots: validation that mimics the real test set.

The real test set is later months AND other customers. So:
  * pick 25% of customer ids as "future" customers
  * train on the other customers, Jan-Jun only
  * evaluate on the future customers, Jul-Sep only
"""
import json

import numpy as np
import pandas as pd
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

with open("task.json") as fh:
    task = json.load(fh)
TARGET = task["target"]
ID_COL = task["id_column"]

raw = pd.read_csv("train.csv")
raw_test = pd.read_csv("test.csv")

cols = ["tenure_months", "monthly_charges", "has_discount", "logins_30d",
        "days_since_last_login", "support_tickets_30d", "payment_failures_90d"]


def featurize(d):
    out = d[cols].fillna(0).to_numpy(dtype=float)
    premium = (d["plan"] == "premium").to_numpy(dtype=float)
    fail_rate = out[:, 6] / 3.0
    inactive = (out[:, 4] > 14).astype(float)
    return np.column_stack([out, premium, fail_rate, inactive])


X = featurize(raw)
y = raw[TARGET].to_numpy()
month = pd.to_datetime(raw["snapshot_month"]).to_numpy()
cid = raw["customer_id"].to_numpy()

rng = np.random.default_rng(3)
all_customers = np.unique(cid)
future_customers = rng.choice(all_customers, size=len(all_customers) // 4, replace=False)
is_future = np.isin(cid, future_customers)

cut = np.datetime64("2024-07-01")
fit_idx = np.where(~is_future & (month < cut))[0]
eval_idx = np.where(is_future & (month >= cut))[0]
print(f"fit rows {len(fit_idx)}, eval rows {len(eval_idx)}")
print("latest train month:", month[fit_idx].max(), "earliest eval month:", month[eval_idx].min())

gbm = GradientBoostingClassifier(n_estimators=250, max_depth=3, learning_rate=0.05,
                                 subsample=0.8, random_state=0)
gbm.fit(X[fit_idx], y[fit_idx])
p = gbm.predict_proba(X[eval_idx])[:, 1]

# prior baseline
p0 = np.full(len(eval_idx), y[fit_idx].mean())
print("prior baseline: AUC %.3f  AP %.3f" % (roc_auc_score(y[eval_idx], p0),
                                               average_precision_score(y[eval_idx], p0)))
print("GBM           : AUC %.3f  AP %.3f" % (roc_auc_score(y[eval_idx], p),
                                               average_precision_score(y[eval_idx], p)))

# which months are hardest?
for m in np.unique(month[eval_idx]):
    sel = month[eval_idx] == m
    if y[eval_idx][sel].min() != y[eval_idx][sel].max():
        print(m, round(roc_auc_score(y[eval_idx][sel], p[sel]), 3))

gbm.fit(X, y)
sub = pd.DataFrame({ID_COL: raw_test[ID_COL], "prediction": gbm.predict_proba(featurize(raw_test))[:, 1]})
sub.to_csv("predictions.csv", index=False)
print(sub.describe())
