"""Loan default model (LightGBM) with early stopping.

Reads train.csv (one row per loan application), writes metrics.json and
predictions for the held-out part.
"""
import json
import logging

import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, log_loss
from sklearn.model_selection import train_test_split

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
log = logging.getLogger("train")

CONFIG = {
    "data": "train.csv",
    "target": "loan_status",
    "id": "application_id",
    "categorical": ["home_ownership", "purpose", "grade", "emp_length", "verification_status"],
    "test_size": 0.2,
    "seed": 3,
    "params": {
        "objective": "binary",
        "learning_rate": 0.03,
        "num_leaves": 31,
        "min_child_samples": 50,
        "feature_fraction": 0.8,
        "bagging_fraction": 0.8,
        "bagging_freq": 1,
        "n_estimators": 5000,
        "verbose": -1,
    },
}


def load(cfg):
    df = pd.read_csv(cfg["data"])
    df["term_months"] = df["term"].str.extract(r"(\d+)").astype(float)
    df["int_rate"] = df["int_rate"].astype(str).str.rstrip("%").astype(float)
    df["loan_to_income"] = df["loan_amnt"] / df["annual_inc"].replace(0, np.nan)
    df["installment_to_income"] = 12 * df["installment"] / df["annual_inc"].replace(0, np.nan)
    for c in cfg["categorical"]:
        df[c] = df[c].astype("category")
    return df.drop(columns=["term"])


def main(cfg=CONFIG):
    df = load(cfg)
    y = df[cfg["target"]]
    X = df.drop(columns=[cfg["target"], cfg["id"]])
    X_train, X_test, y_train, y_test = train_test_split(
        X, y, test_size=cfg["test_size"], stratify=y, random_state=cfg["seed"]
    )
    log.info("train %d rows, test %d rows", len(X_train), len(X_test))

    model = lgb.LGBMClassifier(random_state=cfg["seed"], **cfg["params"])
    model.fit(
        X_train, y_train,
        eval_set=[(X_test, y_test)],
        eval_metric="auc",
        callbacks=[lgb.early_stopping(200), lgb.log_evaluation(100)],
    )
    log.info("best iteration: %s", model.best_iteration_)

    p = model.predict_proba(X_test, num_iteration=model.best_iteration_)[:, 1]
    dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)
    p0 = dummy.predict_proba(X_test)[:, 1]

    metrics = {
        "baseline_logloss": log_loss(y_test, p0),
        "logloss": log_loss(y_test, p),
        "roc_auc": roc_auc_score(y_test, p),
        "best_iteration": int(model.best_iteration_),
    }
    log.info("metrics: %s", metrics)
    with open("metrics.json", "w") as fh:
        json.dump(metrics, fh, indent=2)


if __name__ == "__main__":
    main()
