# -*- coding: utf-8 -*-
"""
Fraud scoring - take-home submission.
Runs end to end: python ah28_fraud_hgb_crossval.py
"""
import logging
import time
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import StratifiedKFold, cross_val_predict

CONFIG = {
    "train": "train.csv",
    "test": "test.csv",
    "target": "is_fraud",
    "id": "transaction_id",
    "features": ["amount", "hour", "merchant_category", "country", "device_type"],
    "n_folds": 5,
    "hgb": {"max_iter": 300, "learning_rate": 0.06, "max_leaf_nodes": 48, "random_state": 5},
}

logging.basicConfig(level=logging.INFO, format="%(asctime)s - %(levelname)s - %(message)s")
log = logging.getLogger(__name__)

REGISTRY = {
    "baseline": lambda cfg: DummyClassifier(strategy="prior"),
    "hgb": lambda cfg: HistGradientBoostingClassifier(**cfg["hgb"]),
}


@dataclass
class ModelReport:
    name: str
    fit_seconds: float
    scores: dict = field(default_factory=dict)


def load(cfg):
    return pd.read_csv(cfg["train"]), pd.read_csv(cfg["test"])


def build_features(df, cfg, columns=None):
    X = df[cfg["features"]].copy()
    X["amount"] = np.log1p(X["amount"])
    X["hour_sin"] = np.sin(2 * np.pi * X["hour"] / 24)
    X["hour_cos"] = np.cos(2 * np.pi * X["hour"] / 24)
    X = pd.get_dummies(X, columns=["merchant_category", "country", "device_type"], dtype=float)
    if columns is not None:
        X = X.reindex(columns=columns, fill_value=0.0)
    return X


def train(name, X, y, cfg):
    t0 = time.time()
    model = REGISTRY[name](cfg).fit(X, y)
    return model, time.time() - t0


def evaluate(name, X, y, secs, cfg):
    # out-of-fold probabilities: every row is scored by a model that never saw it
    cv = StratifiedKFold(n_splits=cfg["n_folds"], shuffle=True, random_state=0)
    p = cross_val_predict(REGISTRY[name](cfg), X, y, cv=cv, method="predict_proba")[:, 1]
    return ModelReport(name, secs, {"roc_auc": roc_auc_score(y, p), "pr_auc": average_precision_score(y, p)})


def report(reps):
    for r in reps:
        log.info("%-9s fit %.1fs  %s", r.name, r.fit_seconds,
                 "  ".join(f"{k}={v:.4f}" for k, v in r.scores.items()))


def main(cfg=CONFIG):
    train_df, test_df = load(cfg)
    X = build_features(train_df, cfg)
    y = train_df[cfg["target"]]
    log.info("X=%s, fraud share %.3f", X.shape, y.mean())

    reps, models = [], {}
    for name in REGISTRY:
        models[name], secs = train(name, X, y, cfg)
        reps.append(evaluate(name, X, y, secs, cfg))
    report(reps)

    X_test = build_features(test_df, cfg, columns=X.columns)
    pd.DataFrame({cfg["id"]: test_df[cfg["id"]],
                  "prediction": models["hgb"].predict_proba(X_test)[:, 1]}).to_csv("predictions.csv", index=False)
    log.info("predictions.csv written")


if __name__ == "__main__":
    main()
