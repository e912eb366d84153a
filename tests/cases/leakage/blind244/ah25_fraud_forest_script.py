"""fraud_model.py - card fraud take-home (flattened single-file version)."""
import json
import logging
from dataclasses import asdict, dataclass

import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import average_precision_score, f1_score, recall_score, roc_auc_score
from sklearn.model_selection import train_test_split

CONFIG = {
    "data": {"train": "train.csv", "test": "test.csv"},
    "target": "is_fraud",
    "id": "transaction_id",
    "exclude": ["transaction_id", "card_id", "chargeback_flag", "is_fraud"],
    "categoricals": ["merchant_category", "country", "device_type"],
    "split": {"test_size": 0.2, "random_state": 17},
    "models": {"rf": {"n_estimators": 400, "min_samples_leaf": 5, "class_weight": "balanced_subsample"}},
}

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
LOG = logging.getLogger("fraud")

MODEL_REGISTRY = {
    "rf": lambda params: RandomForestClassifier(n_jobs=-1, random_state=0, **params),
}


@dataclass
class Metrics:
    model: str
    roc_auc: float
    pr_auc: float
    f1_at_05: float
    recall_at_05: float


def load(cfg):
    train = pd.read_csv(cfg["data"]["train"])
    test = pd.read_csv(cfg["data"]["test"])
    LOG.info("train=%s test=%s", train.shape, test.shape)
    LOG.info("class balance:\n%s", train[cfg["target"]].value_counts())
    return train, test


def build_features(df, cfg, categories=None):
    X = df.drop(columns=[c for c in cfg["exclude"] if c in df.columns]).copy()
    X["amount_log"] = np.log1p(X["amount"])
    X["is_night"] = ((X["hour"] >= 23) | (X["hour"] <= 4)).astype(int)
    X = pd.get_dummies(X, columns=cfg["categoricals"], dtype=np.uint8)
    if categories is not None:
        X = X.reindex(columns=categories, fill_value=0)
    return X


def split(X, y, cfg):
    return train_test_split(X, y, stratify=y, **cfg["split"])


def train(name, X, y, cfg):
    return MODEL_REGISTRY[name](cfg["models"].get(name, {})).fit(X, y)


def evaluate(name, model, X, y):
    p = model.predict_proba(X)[:, 1]
    hard = (p >= 0.5).astype(int)
    return Metrics(name, roc_auc_score(y, p), average_precision_score(y, p),
                   f1_score(y, hard, zero_division=0), recall_score(y, hard, zero_division=0))


def report(rows):
    for r in rows:
        LOG.info(json.dumps(asdict(r), indent=None))


def main(cfg=CONFIG):
    train_df, test_df = load(cfg)
    X = build_features(train_df, cfg)
    y = train_df[cfg["target"]]
    X_tr, X_va, y_tr, y_va = split(X, y, cfg)

    rows = []
    for name in MODEL_REGISTRY:
        model = train(name, X_tr, y_tr, cfg)
        rows.append(evaluate(name, model, X_va, y_va))
    report(rows)

    final = train("rf", X, y, cfg)
    X_test = build_features(test_df, cfg, categories=X.columns)
    pd.DataFrame({cfg["id"]: test_df[cfg["id"]], "prediction": final.predict_proba(X_test)[:, 1]}
                 ).to_csv("predictions.csv", index=False)
    LOG.info("wrote %d predictions", len(X_test))


if __name__ == "__main__":
    main()
