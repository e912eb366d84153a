"""Fraud detection with CatBoost, 5-fold stratified CV.

Usage: python u26_fraud_catboost_cv.py [--iterations 800]
"""
import argparse
import logging
from pathlib import Path

import numpy as np
import pandas as pd
from catboost import CatBoostClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import StratifiedKFold

log = logging.getLogger("fraud.cb")
TARGET = "is_fraud"
ID = "transaction_id"
CAT_COLS = ["merchant_category"]


def load(data_dir: Path):
    train = pd.read_csv(data_dir / "train.csv")
    test = pd.read_csv(data_dir / "test.csv")
    X = train.drop(columns=[TARGET, ID])
    y = train[TARGET].to_numpy()
    return train, test, X, y


def make_model(iterations: int, seed: int) -> CatBoostClassifier:
    return CatBoostClassifier(iterations=iterations, learning_rate=0.05, depth=6,
                              loss_function="Logloss", auto_class_weights="SqrtBalanced",
                              random_seed=seed, verbose=0)


def cross_validate(X, y, iterations, n_splits=5):
    skf = StratifiedKFold(n_splits=n_splits, shuffle=True, random_state=17)
    oof = np.zeros(len(y))
    for k, (tr, va) in enumerate(skf.split(X, y)):
        m = make_model(iterations, seed=k)
        m.fit(X.iloc[tr], y[tr], cat_features=CAT_COLS)
        oof[va] = m.predict_proba(X.iloc[va])[:, 1]
        log.info("fold %d  AP %.4f", k, average_precision_score(y[va], oof[va]))
    return oof


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data-dir", type=Path, default=Path("."))
    ap.add_argument("--iterations", type=int, default=800)
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")

    train, test, X, y = load(args.data_dir)
    log.info("X shape %s, columns %s", X.shape, list(X.columns))
    log.info("fraud rate %.4f", y.mean())

    oof = cross_validate(X, y, args.iterations)
    log.info("OOF AP  %.4f", average_precision_score(y, oof))
    log.info("OOF AUC %.4f", roc_auc_score(y, oof))

    final = make_model(args.iterations, seed=0)
    final.fit(X, y, cat_features=CAT_COLS)
    fi = pd.Series(final.get_feature_importance(), index=X.columns).sort_values(ascending=False)
    log.info("importance:\n%s", fi.round(2).to_string())

    pred = final.predict_proba(test[X.columns])[:, 1]
    pd.DataFrame({ID: test[ID], "prediction": pred}).to_csv(args.data_dir / "predictions.csv", index=False)


if __name__ == "__main__":
    main()
