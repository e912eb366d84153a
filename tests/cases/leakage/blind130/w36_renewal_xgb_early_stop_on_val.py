import os
import json
import joblib
import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score, log_loss

PARAMS = {
    "n_estimators": 3000,
    "learning_rate": 0.02,
    "max_depth": 5,
    "subsample": 0.8,
    "colsample_bytree": 0.7,
    "early_stopping_rounds": 100,
    "eval_metric": "auc",
}
DATA = "features/subscriptions/renewal_training_set.parquet"

def log_metrics(run_name, metrics):
    """Stand-in for the tracking client used in prod."""
    for k, v in metrics.items():
        print(f"[{run_name}] {k}={v:.4f}")

def load_xy(path):
    df = pd.read_parquet(path)
    y = df.pop("will_cancel")
    df = df.drop(columns=["subscription_id"])
    cats = df.select_dtypes("object").columns
    df = pd.get_dummies(df, columns=list(cats), dummy_na=True)
    return df, y


X, y = load_xy(DATA)
print(X.shape, y.mean())

X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, stratify=y, random_state=5)
X_tr, X_es, y_tr, y_es = train_test_split(X_tr, y_tr, test_size=0.15, stratify=y_tr, random_state=6)
eval_X, eval_y = X_es, y_es

booster = xgb.XGBClassifier(**PARAMS)
booster.fit(X_tr, y_tr, eval_set=[(eval_X, eval_y)], verbose=200)
print("best iteration", booster.best_iteration)
p = booster.predict_proba(X_te)[:, 1]
prior = np.full_like(p, y_tr.mean())
metrics = {"test_auc": roc_auc_score(y_te, p), "test_logloss": log_loss(y_te, p),
           "baseline_logloss_prior": log_loss(y_te, prior)}
log_metrics("renewal_xgb", metrics)

os.makedirs(os.path.dirname("reports/renewal_eval.json"), exist_ok=True)
with open("reports/renewal_eval.json", "w") as fh:
    json.dump({k: float(v) for k, v in metrics.items()}, fh, indent=2)
joblib.dump(booster, "artifacts/renewal_xgb.joblib")
print("saved", "artifacts/renewal_xgb.joblib")
