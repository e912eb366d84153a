#!/usr/bin/env python
"""
Take-home: card-fraud
Model: gradient boosted trees (xgboost native API), early stopping.
Run: python fraud_xgb.py  (expects train.csv / test.csv / task.json in cwd)
"""
import json
import logging

import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split

logging.basicConfig(level=logging.INFO, format="%(message)s")
log = logging.getLogger("fraud")

TASK = json.load(open("task.json"))
TARGET = TASK["target"]
ID_COL = TASK["id_column"]
EXCLUDE = {TARGET, ID_COL, *TASK.get("leaky_columns", [])}
RANDOM_STATE = 13


def engineer(df: pd.DataFrame) -> pd.DataFrame:
    df = df.copy()
    df["amount_log"] = np.log1p(df["amount"])
    df["foreign_cnp"] = df["country_mismatch"] * (1 - df["card_present"])
    df["young_card_high_amt"] = ((df["card_age_days"] < 60) & (df["amount"] > 300)).astype(int)
    df["txn_burst"] = (df["txn_count_24h"] >= 8).astype(int)
    df["merchant_category"] = df["merchant_category"].astype("category")
    return df


def main() -> None:
    train = engineer(pd.read_csv("train.csv"))
    test = engineer(pd.read_csv("test.csv"))
    feats = [c for c in train.columns if c not in EXCLUDE]
    log.info("features: %s", feats)

    X_dev, X_hold, y_dev, y_hold = train_test_split(
        train[feats], train[TARGET], test_size=0.25, stratify=train[TARGET], random_state=RANDOM_STATE
    )
    X_train, X_valid, y_train, y_valid = train_test_split(
        X_dev, y_dev, test_size=0.2, stratify=y_dev, random_state=RANDOM_STATE
    )

    params = {
        "objective": "binary:logistic",
        "eval_metric": "aucpr",
        "learning_rate": 0.03,
        "max_depth": 6,
        "min_child_weight": 4,
        "subsample": 0.85,
        "colsample_bytree": 0.75,
        "scale_pos_weight": float((y_train == 0).sum() / (y_train == 1).sum()),
        "tree_method": "hist",
        "max_cat_to_onehot": 8,
    }
    d_train = xgb.DMatrix(X_train, label=y_train, enable_categorical=True)
    d_valid = xgb.DMatrix(X_valid, label=y_valid, enable_categorical=True)
    d_hold = xgb.DMatrix(X_hold, label=y_hold, enable_categorical=True)

    booster = xgb.train(
        params,
        d_train,
        num_boost_round=5000,
        evals=[(d_train, "train"), (d_valid, "valid")],
        early_stopping_rounds=200,
        verbose_eval=250,
    )
    best_n = booster.best_iteration + 1
    log.info("stopped at %d rounds", best_n)

    p_hold = booster.predict(d_hold, iteration_range=(0, best_n))
    dummy = DummyClassifier(strategy="prior").fit(X_train[["amount"]], y_train)
    p_base = dummy.predict_proba(X_hold[["amount"]])[:, 1]

    results = pd.DataFrame(
        {
            "average_precision": [average_precision_score(y_hold, p_base), average_precision_score(y_hold, p_hold)],
            "roc_auc": [roc_auc_score(y_hold, p_base), roc_auc_score(y_hold, p_hold)],
        },
        index=["baseline_prior", "xgboost"],
    )
    log.info("\n%s", results.round(4).to_string())
    json.dump({"average_precision": float(results.loc["xgboost", "average_precision"])}, open("metrics.json", "w"))

    d_sub = xgb.DMatrix(test[feats], enable_categorical=True)
    pd.DataFrame({ID_COL: test[ID_COL], "prediction": booster.predict(d_sub, iteration_range=(0, best_n))}).to_csv(
        "predictions.csv", index=False
    )
    log.info("predictions written")


if __name__ == "__main__":
    main()
