#!/usr/bin/env python
"""Fraud model with SMOTE to deal with the 3% positive class.

SMOTE lives inside an imblearn pipeline, so it only ever resamples the rows
the model is fitted on (each CV training fold, then the training split); the
held-out rows keep their real 3% fraud rate.

Run: python az12_fraud_smote_pipeline.py
"""
from __future__ import annotations

import logging
from typing import Dict, Tuple

import numpy as np
import pandas as pd
from imblearn.over_sampling import SMOTE
from imblearn.pipeline import make_pipeline
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import (
    average_precision_score,
    f1_score,
    precision_score,
    recall_score,
    roc_auc_score,
)
from sklearn.model_selection import StratifiedKFold, cross_validate, train_test_split
from sklearn.preprocessing import FunctionTransformer, StandardScaler

logging.basicConfig(level=logging.INFO, format="%(message)s")
log = logging.getLogger("fraud")

CATS = ["merchant_category", "country", "device_type"]
DROP = ["transaction_id", "card_id", "timestamp", "chargeback_flag"]


def load(path: str = "train.csv") -> Tuple[pd.DataFrame, pd.Series]:
    """Return one-hot encoded features and the label."""
    df = pd.read_csv(path)
    y = df.pop("is_fraud")
    X = pd.get_dummies(df.drop(columns=DROP), columns=CATS, dtype=float)
    return X, y


def log_amount(X: pd.DataFrame) -> pd.DataFrame:
    X = X.copy()
    X["amount"] = np.log1p(X["amount"].clip(lower=0))
    return X


def evaluate(model, X: pd.DataFrame, y: pd.Series, threshold: float = 0.5) -> Dict[str, float]:
    """Probability metrics plus P/R/F1 at a fixed threshold."""
    p = model.predict_proba(X)[:, 1]
    pred = (p >= threshold).astype(int)
    return {
        "roc_auc": roc_auc_score(y, p),
        "pr_auc": average_precision_score(y, p),
        "precision": precision_score(y, pred, zero_division=0),
        "recall": recall_score(y, pred),
        "f1": f1_score(y, pred),
    }


def main() -> None:
    X, y = load()
    log.info("raw class balance: %s", y.value_counts().to_dict())

    X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, stratify=y, random_state=1)

    model = make_pipeline(
        FunctionTransformer(log_amount),
        StandardScaler(),
        SMOTE(random_state=1, k_neighbors=5),
        LogisticRegression(max_iter=3000),
    )
    cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=1)
    cv_res = cross_validate(model, X_tr, y_tr, cv=cv, scoring=["roc_auc", "average_precision"])
    log.info("cv pr_auc %.3f, roc_auc %.3f",
             cv_res["test_average_precision"].mean(), cv_res["test_roc_auc"].mean())

    model.fit(X_tr, y_tr)
    baseline = DummyClassifier(strategy="most_frequent").fit(X_tr, y_tr)

    for name, m in {"baseline": baseline, "smote_logreg": model}.items():
        res = evaluate(m, X_te, y_te)
        log.info("%-13s %s", name, {k: round(v, 3) for k, v in res.items()})


if __name__ == "__main__":
    main()
