"""Fraud scorer training job."""
import os
import json
import joblib
import numpy as np
import pandas as pd
from imblearn.over_sampling import SMOTE
from imblearn.pipeline import Pipeline as ImbPipeline
from sklearn.model_selection import train_test_split
from xgboost import XGBClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

CONFIG = {
    "path": "features/fraud/card_txn_daily.parquet",
    "label": "is_fraud",
    "drop": ["txn_id", "card_id", "merchant_id"],
    "xgb": {"n_estimators": 500, "max_depth": 6, "learning_rate": 0.05, "subsample": 0.8},
}

def log_metrics(run_name, metrics):
    """Stand-in for the tracking client used in prod."""
    for k, v in metrics.items():
        print(f"[{run_name}] {k}={v:.4f}")

def load():
    df = pd.read_parquet(CONFIG["path"])
    print("rows", len(df), "fraud rate", df[CONFIG["label"]].mean())
    return df


def main():
    df = load()
    X = df.drop(columns=CONFIG["drop"] + [CONFIG["label"]]).fillna(0)
    y = df[CONFIG["label"]]
    X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, random_state=1, stratify=y)

    model = ImbPipeline([
        ("smote", SMOTE(random_state=1)),
        ("xgb", XGBClassifier(**CONFIG["xgb"], eval_metric="aucpr")),
    ])
    model.fit(X_tr, y_tr)
    p = model.predict_proba(X_te)[:, 1]
    d = DummyClassifier(strategy="prior").fit(X_tr, y_tr).predict_proba(X_te)[:, 1]
    metrics = {
        "pr_auc": average_precision_score(y_te, p),
        "roc_auc": roc_auc_score(y_te, p),
        "pr_auc_dummy": average_precision_score(y_te, d),
    }
    log_metrics("fraud_xgb", metrics)
    with open("reports/fraud_eval.json", "w") as fh:
        json.dump(metrics, fh, indent=2)
    joblib.dump(model, "artifacts/fraud_xgb.joblib")


if __name__ == "__main__":
    main()
