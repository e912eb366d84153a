#!/usr/bin/env python3
"""Card fraud detection - histogram gradient boosting vs. a prior baseline.

Usage: python solution.py   (expects train.csv / test.csv in the working dir)
"""
import logging

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
log = logging.getLogger("fraud")

TARGET = "is_fraud"
ID_COLS = ["txn_id", "card_id", "merchant_id"]
POST_EVENT = ["chargeback_flag"]
CATS = ["merchant_category", "country", "device"]


def to_matrix(frame: pd.DataFrame) -> pd.DataFrame:
    ts = pd.to_datetime(frame["transaction_time"])
    frame = frame.assign(
        hour=ts.dt.hour,
        day=ts.dt.day,
        weekday=ts.dt.weekday,
        amount_log=np.log1p(frame["amount"].clip(lower=0)),
        high_amount=(frame["amount"] > 500).astype(int),
    )
    frame = frame.drop(columns=ID_COLS + POST_EVENT + ["transaction_time", TARGET], errors="ignore")
    return pd.get_dummies(frame, columns=CATS, dtype=np.uint8)


def evaluate(name, model, X_tr, y_tr, X_te, y_te):
    model.fit(X_tr, y_tr)
    p = model.predict_proba(X_te)[:, 1]
    auc, ap = roc_auc_score(y_te, p), average_precision_score(y_te, p)
    log.info("%-14s roc_auc=%.4f  pr_auc=%.4f", name, auc, ap)
    return ap


def main():
    train = pd.read_csv("train.csv")
    test = pd.read_csv("test.csv")
    X = to_matrix(train)
    y = train[TARGET].to_numpy()
    log.info("matrix %s, fraud rate %.4f", X.shape, y.mean())

    X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, stratify=y, random_state=99)

    evaluate("baseline", DummyClassifier(strategy="prior"), X_tr, y_tr, X_te, y_te)
    hgb = HistGradientBoostingClassifier(max_iter=500, learning_rate=0.05, max_leaf_nodes=63,
                                         class_weight="balanced", random_state=0)
    evaluate("hist_gbm", hgb, X_tr, y_tr, X_te, y_te)

    hgb.fit(X, y)
    X_sub = to_matrix(test).reindex(columns=X.columns, fill_value=0)
    out = pd.DataFrame({"transaction_id": test["transaction_id"], "prediction": hgb.predict_proba(X_sub)[:, 1]})
    out.to_csv("predictions.csv", index=False)
    log.info("wrote %d predictions", len(out))


if __name__ == "__main__":
    main()
