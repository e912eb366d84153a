import os
import json
import joblib
import numpy as np
import pandas as pd
from sklearn.preprocessing import StandardScaler
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, f1_score

CONFIG = {
    "features_path": "features/churn/customer_snapshot.parquet",
    "target": "churned",
    "test_size": 0.2,
    "seed": 7,
    "report_path": "reports/churn_eval.json",
    "model_path": "artifacts/churn_lr.joblib",
}

def log_metrics(run_name, metrics):
    """Stand-in for the tracking client used in prod."""
    for k, v in metrics.items():
        print(f"[{run_name}] {k}={v:.4f}")

df = pd.read_parquet(CONFIG["features_path"])
print(df.shape)
print(df.dtypes.value_counts())
print(df.head())
print(df["churned"].describe())
missing = df.isna().mean().sort_values(ascending=False)
print(missing[missing > 0].head(15))

num_cols = [c for c in df.select_dtypes("number").columns if c not in ("churned", "customer_id")]
X = df[num_cols].fillna(0.0)
y = df["churned"].astype(int)

scaler = StandardScaler()
X_scaled = pd.DataFrame(scaler.fit_transform(X), columns=num_cols, index=X.index)

X_tr, X_te, y_tr, y_te = train_test_split(
    X_scaled, y, test_size=CONFIG["test_size"], stratify=y, random_state=CONFIG["seed"]
)

clf = LogisticRegression(max_iter=2000, C=0.5)
clf.fit(X_tr, y_tr)
proba = clf.predict_proba(X_te)[:, 1]

base = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
base_proba = base.predict_proba(X_te)[:, 1]

metrics = {
    "roc_auc": roc_auc_score(y_te, proba),
    "f1": f1_score(y_te, proba > 0.5),
    "baseline_roc_auc": roc_auc_score(y_te, base_proba),
}
log_metrics("churn_lr", metrics)

os.makedirs(os.path.dirname("reports/churn_eval.json"), exist_ok=True)
with open("reports/churn_eval.json", "w") as fh:
    json.dump({k: float(v) for k, v in metrics.items()}, fh, indent=2)
joblib.dump({'scaler': scaler, 'model': clf}, "artifacts/churn_lr.joblib")
print("saved", "artifacts/churn_lr.joblib")
