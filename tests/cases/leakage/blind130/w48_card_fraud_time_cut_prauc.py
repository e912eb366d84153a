import os
import json
import joblib
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.model_selection import train_test_split
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score, roc_auc_score, average_precision_score

RUN_META = {
    "git_sha": os.environ.get("GIT_SHA", "local"),
    "owner": os.environ.get("USER", "ml-platform"),
    "started_at": pd.Timestamp.now(tz="UTC").isoformat(),
}
os.makedirs("reports", exist_ok=True)
os.makedirs("artifacts", exist_ok=True)
pd.set_option("display.max_columns", 50)
pd.set_option("display.width", 160)
np.random.seed(0)
print("run", RUN_META)

CONFIG = {"path": "features/fraud/card_events.parquet", "label": "is_fraud", "holdout_days": 30}
events = pd.read_parquet(CONFIG["path"])
events["event_ts"] = pd.to_datetime(events["event_ts"])
print(events.shape, events["is_fraud"].mean())
FEATS = ["amount", "mcc_risk", "card_age_days", "n_txn_24h", "amount_vs_avg_30d", "is_foreign", "hour"]
events["hour"] = events["event_ts"].dt.hour

def log_metrics(run_name, metrics):
    """Stand-in for the tracking client used in prod."""
    for k, v in metrics.items():
        print(f"[{run_name}] {k}={v:.4f}")

events = events.sort_values("event_ts")
cut = events["event_ts"].max() - pd.Timedelta(days=CONFIG["holdout_days"])
tr, te = events[events["event_ts"] <= cut], events[events["event_ts"] > cut]
X_tr, X_te, y_tr, y_te = tr[FEATS], te[FEATS], tr["is_fraud"], te["is_fraud"]
model = lgb.LGBMClassifier(n_estimators=400, learning_rate=0.05, verbose=-1).fit(X_tr, y_tr)
p = model.predict_proba(X_te)[:, 1]
p0 = DummyClassifier(strategy="prior").fit(X_tr, y_tr).predict_proba(X_te)[:, 1]
metrics = {"roc_auc": roc_auc_score(y_te, p), "pr_auc": average_precision_score(y_te, p),
           "pr_auc_prior_baseline": average_precision_score(y_te, p0)}

log_metrics("card_fraud", metrics)
with open("reports/card_fraud.json", "w") as fh:
    json.dump(metrics, fh, indent=2)
joblib.dump(model, "artifacts/card_fraud.joblib")
print("done")
