"""Churn-snapshots: hand-written forward-chaining validation.

For each validation month M in Jun..Sep: train on every month before M, validate on month M,
keeping only customers that have no snapshot in the training months.
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

cols = ["tenure_months", "monthly_charges", "has_discount", "logins_30d",
        "days_since_last_login", "support_tickets_30d", "payment_failures_90d"]


def design(d):
    a = d[cols].fillna(0).to_numpy(float)
    return np.column_stack([a, (d["plan"] == "basic").to_numpy(float)])


X = design(df)
y = df[TARGET].to_numpy()
month = pd.to_datetime(df["snapshot_month"]).to_numpy()
cust = df["customer_id"].to_numpy()

months = np.unique(month)
order = np.argsort(months)
months = months[order]
rows = []
for M in months[5:]:
    tr = np.where(month < M)[0]
    ev = np.where((month == M) & ~np.isin(cust, cust[tr]))[0]
    if ev.size == 0 or y[ev].min() == y[ev].max():
        print(M, "skipped (no usable validation rows)")
        continue
    mu, sd = X[tr].mean(0), X[tr].std(0) + 1e-9
    m = LogisticRegression(max_iter=3000, class_weight="balanced").fit((X[tr] - mu) / sd, y[tr])
    p = m.predict_proba((X[ev] - mu) / sd)[:, 1]
    base = np.full(ev.size, y[tr].mean())
    rows.append((str(M)[:10], tr.size, ev.size, roc_auc_score(y[ev], p),
                 average_precision_score(y[ev], p), average_precision_score(y[ev], base)))

report = pd.DataFrame(rows, columns=["month", "n_train", "n_eval", "auc", "ap", "baseline_ap"])
print(report.round(4))
print(f"mean AUC {report.auc.mean():.4f} | mean AP {report.ap.mean():.4f} | "
      f"mean baseline AP {report.baseline_ap.mean():.4f}")

mu, sd = X.mean(0), X.std(0) + 1e-9
final = LogisticRegression(max_iter=3000, class_weight="balanced").fit((X - mu) / sd, y)
pd.DataFrame({ID_COL: test_df[ID_COL], "prediction": final.predict_proba((design(test_df) - mu) / sd)[:, 1]}).to_csv(
    "predictions.csv", index=False)
