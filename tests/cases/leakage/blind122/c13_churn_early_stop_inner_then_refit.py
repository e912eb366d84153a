#!/usr/bin/env python
"""Churn next month: LightGBM with early stopping.

Usage: python train_churn.py   (expects train.csv, test.csv, task.json in the cwd)
"""
import logging

import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import roc_auc_score, average_precision_score

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
log = logging.getLogger("churn")

TARGET = "churned_next_month"
CATEGORICAL = ["plan", "region", "contract_type", "payment_method"]
NUMERIC = ["monthly_charges", "tenure_months", "logins_30d", "support_tickets_30d",
           "payment_failures_90d", "discount_pct", "autopay"]
FEATURES = CATEGORICAL + NUMERIC

PARAMS = {
    "objective": "binary",
    "metric": "auc",
    "learning_rate": 0.02,
    "num_leaves": 63,
    "min_data_in_leaf": 80,
    "feature_fraction": 0.75,
    "bagging_fraction": 0.8,
    "bagging_freq": 1,
    "lambda_l1": 0.1,
    "is_unbalance": True,
    "verbose": -1,
}


def prepare(df, categories=None):
    df = df.copy()
    df["snapshot_month"] = pd.to_datetime(df["snapshot_month"])
    for c in CATEGORICAL:
        if categories is None:
            df[c] = df[c].astype("category")
        else:
            df[c] = pd.Categorical(df[c], categories=categories[c])
    return df


def split_time_unseen(df, start, end=None):
    """Rows with start <= month (< end) whose customer has no row before start."""
    before = df[df["snapshot_month"] < start]
    part = df[df["snapshot_month"] >= start]
    if end is not None:
        part = part[part["snapshot_month"] < end]
    return part[~part["customer_id"].isin(before["customer_id"])]


def main():
    train = prepare(pd.read_csv("train.csv"))
    cats = {c: train[c].cat.categories for c in CATEGORICAL}
    test = prepare(pd.read_csv("test.csv"), cats)
    log.info("train %s test %s churn rate %.4f", train.shape, test.shape, train[TARGET].mean())

    fit = train[train["snapshot_month"] < "2024-06-01"]
    stop = split_time_unseen(train, "2024-06-01", "2024-08-01")
    hold = split_time_unseen(train, "2024-08-01")
    log.info("fit %d rows, early-stopping %d rows, holdout %d rows", len(fit), len(stop), len(hold))

    base = np.full(len(hold), fit[TARGET].mean())
    log.info("baseline (train churn rate) AP=%.4f", average_precision_score(hold[TARGET], base))

    dtrain = lgb.Dataset(fit[FEATURES], fit[TARGET])
    dstop = lgb.Dataset(stop[FEATURES], stop[TARGET], reference=dtrain)
    booster = lgb.train(
        PARAMS,
        dtrain,
        num_boost_round=5000,
        valid_sets=[dtrain, dstop],
        valid_names=["train", "stop"],
        callbacks=[lgb.early_stopping(200), lgb.log_evaluation(250)],
    )
    best_rounds = booster.best_iteration
    log.info("best_iteration=%d", best_rounds)
    fit_stop = pd.concat([fit, stop])
    refit = lgb.train(PARAMS, lgb.Dataset(fit_stop[FEATURES], fit_stop[TARGET]), num_boost_round=best_rounds)
    p = refit.predict(hold[FEATURES])
    log.info("holdout AUC=%.4f AP=%.4f", roc_auc_score(hold[TARGET], p), average_precision_score(hold[TARGET], p))

    # refit on all labelled months with the tuned number of rounds
    full = lgb.train(PARAMS, lgb.Dataset(train[FEATURES], train[TARGET]), num_boost_round=int(best_rounds * 1.1))
    pred = full.predict(test[FEATURES])
    pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": pred}).to_csv("predictions.csv", index=False)
    log.info("wrote %d predictions", len(pred))


if __name__ == "__main__":
    main()
