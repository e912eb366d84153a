"""Fraud scorer: gradient boosting on every usable column.

    python u36_fraud_gbm_all_columns.py --learning-rate 0.05
"""
import argparse
import logging

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split

LOG = logging.getLogger("fraud")
TARGET = "is_fraud"
# chargebacks are filed weeks after the transaction -> not available at scoring time
NOT_AT_SCORING_TIME = ["chargeback_flag"]


def to_matrix(df: pd.DataFrame) -> pd.DataFrame:
    X = df.drop(columns=[TARGET] + NOT_AT_SCORING_TIME, errors="ignore")
    X["merchant_category"] = X["merchant_category"].astype("category")
    return X


def fit_and_score(X_tr, y_tr, X_va, y_va, lr):
    model = HistGradientBoostingClassifier(learning_rate=lr, max_iter=500, max_leaf_nodes=31,
                                           categorical_features="from_dtype", random_state=0)
    model.fit(X_tr, y_tr)
    p = model.predict_proba(X_va)[:, 1]
    base = DummyClassifier(strategy="prior").fit(X_tr, y_tr).predict_proba(X_va)[:, 1]
    return model, {
        "ap": average_precision_score(y_va, p),
        "auc": roc_auc_score(y_va, p),
        "ap_baseline": average_precision_score(y_va, base),
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--learning-rate", type=float, default=0.05)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")

    train = pd.read_csv("train.csv")
    X, y = to_matrix(train), train[TARGET]
    LOG.info("columns used: %s", list(X.columns))

    X_tr, X_va, y_tr, y_va = train_test_split(X, y, test_size=0.2, stratify=y, random_state=args.seed)
    model, metrics = fit_and_score(X_tr, y_tr, X_va, y_va, args.learning_rate)
    for k, v in metrics.items():
        LOG.info("%-12s %.4f", k, v)

    test = pd.read_csv("test.csv")
    Xt = to_matrix(test)
    Xt["merchant_category"] = pd.Categorical(Xt["merchant_category"], categories=X["merchant_category"].cat.categories)
    model.fit(X, y)
    pd.DataFrame({"transaction_id": test["transaction_id"],
                  "prediction": np.clip(model.predict_proba(Xt[X.columns])[:, 1], 0, 1)}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
