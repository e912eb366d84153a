"""HistGradientBoosting churn model (churn-snapshots take-home).

Usage: python b23_hgb_churn.py   (expects train.csv, test.csv, task.json in cwd)
"""
import json
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, log_loss, roc_auc_score

HERE = Path(".")
task = json.loads((HERE / "task.json").read_text())
TARGET = task["target"]
ID = task["id_column"]
DROP = {TARGET, ID, task["group_column"], task["time_column"], *task["leaky_columns"]}
CAT = ["plan", "region"]


def load(name):
    d = pd.read_csv(HERE / name, parse_dates=["snapshot_month"])
    for c in CAT:
        d[c] = d[c].astype("category")
    d["activity_score"] = np.log1p(d["logins_30d"]) - np.log1p(d["days_since_last_login"].fillna(90))
    d["tickets_plus_failures"] = d["support_tickets_30d"] + 2 * d["payment_failures_90d"]
    return d


train = load("train.csv")
test = load("test.csv")
for c in CAT:
    test[c] = pd.Categorical(test[c], categories=train[c].cat.categories)
FEATURES = [c for c in train.columns if c not in DROP]
print("features:", FEATURES)
print("label balance:", train[TARGET].value_counts().to_dict())

# evaluation window mirrors the bundle: later months, customers not in the fitting window
cut = pd.Timestamp("2024-07-01")
fit = train[train["snapshot_month"] < cut]
evl = train[(train["snapshot_month"] >= cut) & ~train["customer_id"].isin(fit["customer_id"])]
print(f"fit rows={len(fit)}  eval rows={len(evl)}  eval positives={int(evl[TARGET].sum())}")


def new_model():
    return HistGradientBoostingClassifier(
        learning_rate=0.05, max_iter=350, max_leaf_nodes=20, min_samples_leaf=40,
        l2_regularization=0.5, categorical_features="from_dtype", random_state=0)


hgb = new_model().fit(fit[FEATURES], fit[TARGET])
dummy = DummyClassifier(strategy="prior").fit(fit[FEATURES], fit[TARGET])

report = {}
for name, m in (("dummy", dummy), ("hgb", hgb)):
    p = m.predict_proba(evl[FEATURES])[:, 1]
    report[name] = {"roc_auc": round(roc_auc_score(evl[TARGET], p), 4),
                    "average_precision": round(average_precision_score(evl[TARGET], p), 4),
                    "log_loss": round(log_loss(evl[TARGET], p), 4)}
for name, vals in report.items():
    print(name.ljust(6), vals)

final = new_model().fit(train[FEATURES], train[TARGET])
preds = pd.DataFrame({ID: test[ID], "prediction": final.predict_proba(test[FEATURES])[:, 1]})
preds.to_csv("predictions.csv", index=False)
(HERE / "metrics.json").write_text(json.dumps(
    {"roc_auc": report["hgb"]["roc_auc"], "average_precision": report["hgb"]["average_precision"]}))
print(preds["prediction"].describe())
