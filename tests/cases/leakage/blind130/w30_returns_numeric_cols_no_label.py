import os
import json
import joblib
import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

TARGET = "returned"
PATH = "features/returns/orders_v2.parquet"
orders = pd.read_parquet(PATH)

print(orders.shape)
print(orders.dtypes.value_counts())
print(orders.head())
print(orders["returned"].describe())
missing = orders.isna().mean().sort_values(ascending=False)
print(missing[missing > 0].head(15))

def log_metrics(run_name, metrics):
    """Stand-in for the tracking client used in prod."""
    for k, v in metrics.items():
        print(f"[{run_name}] {k}={v:.4f}")

X = orders.select_dtypes("number").drop(columns=["order_id", TARGET])
y = orders[TARGET]
print(X.columns.tolist())
X_tr, X_te, y_tr, y_te = train_test_split(X.fillna(0), y, test_size=0.2, stratify=y, random_state=31)
rf = RandomForestClassifier(n_estimators=400, min_samples_leaf=3, n_jobs=-1, random_state=31)
rf.fit(X_tr, y_tr)
p = rf.predict_proba(X_te)[:, 1]
p0 = DummyClassifier(strategy="prior").fit(X_tr, y_tr).predict_proba(X_te)[:, 1]
metrics = {"roc_auc": roc_auc_score(y_te, p), "pr_auc": average_precision_score(y_te, p),
           "pr_auc_prior": average_precision_score(y_te, p0)}
log_metrics("returns_rf", metrics)

os.makedirs(os.path.dirname("reports/returns_eval.json"), exist_ok=True)
with open("reports/returns_eval.json", "w") as fh:
    json.dump({k: float(v) for k, v in metrics.items()}, fh, indent=2)
joblib.dump(rf, "artifacts/returns_rf.joblib")
print("saved", "artifacts/returns_rf.joblib")

def summarize_reports(folder="reports"):
    for fname in sorted(os.listdir(folder)):
        if not fname.endswith(".json"):
            continue
        with open(os.path.join(folder, fname)) as fh:
            rep = json.load(fh)
        print(fname)
        for k, v in sorted(rep.items()):
            print(f"  {k:>28s}: {v}")


summarize_reports()
