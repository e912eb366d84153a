#!/usr/bin/env python3
"""Train a CatBoost churn model and write predictions.csv / metrics.json.

    python train.py --data-dir . --cutoff 2024-07-01

Evaluation: fit on snapshots before --cutoff, evaluate on snapshots from --cutoff on whose
customer has no snapshot before the cutoff (the hidden test set is later months, other customers).
"""
import argparse
import json
import logging
from pathlib import Path

import numpy as np
import pandas as pd
from catboost import CatBoostClassifier, Pool
from sklearn.metrics import average_precision_score, roc_auc_score

log = logging.getLogger("churn")

TARGET = "churned_next_month"
TIME = "snapshot_month"
CUST = "customer_id"
ID = "snapshot_id"
CATS = ["plan", "region"]
NUMS = ["tenure_months", "monthly_charges", "has_discount", "logins_30d", "days_since_last_login",
        "support_tickets_30d", "payment_failures_90d"]
FEATURES = CATS + NUMS


def parse_args():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data-dir", default=".")
    ap.add_argument("--cutoff", default="2024-07-01")
    ap.add_argument("--iterations", type=int, default=700)
    return ap.parse_args()


def heuristic_score(df: pd.DataFrame) -> np.ndarray:
    """What account managers do today: failed payments, then inactivity."""
    return (df["payment_failures_90d"].fillna(0) * 10
            + (df["days_since_last_login"].fillna(0) > 14).astype(int) * 5
            + (df["logins_30d"].fillna(0) == 0).astype(int))


def fit_model(df: pd.DataFrame, iterations: int) -> CatBoostClassifier:
    model = CatBoostClassifier(iterations=iterations, learning_rate=0.04, depth=6,
                               eval_metric="AUC", random_seed=42, verbose=False)
    model.fit(Pool(df[FEATURES], df[TARGET], cat_features=CATS))
    return model


def main():
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    args = parse_args()
    data_dir = Path(args.data_dir)
    train = pd.read_csv(data_dir / "train.csv", parse_dates=[TIME])
    test = pd.read_csv(data_dir / "test.csv", parse_dates=[TIME])
    log.info("train %s, test %s, churn rate %.4f", train.shape, test.shape, train[TARGET].mean())

    cutoff = pd.Timestamp(args.cutoff)
    fit_df = train[train[TIME] < cutoff]
    eval_df = train[(train[TIME] >= cutoff) & ~train[CUST].isin(fit_df[CUST].unique())]
    log.info("fit %d rows | eval %d rows (%d customers)", len(fit_df), len(eval_df), eval_df[CUST].nunique())

    model = fit_model(fit_df, args.iterations)
    p = model.predict_proba(eval_df[FEATURES])[:, 1]
    h = heuristic_score(eval_df)

    metrics = {
        "roc_auc": roc_auc_score(eval_df[TARGET], p),
        "average_precision": average_precision_score(eval_df[TARGET], p),
    }
    log.info("baseline heuristic: roc_auc %.4f, average_precision %.4f",
             roc_auc_score(eval_df[TARGET], h), average_precision_score(eval_df[TARGET], h))
    log.info("catboost:           roc_auc %.4f, average_precision %.4f",
             metrics["roc_auc"], metrics["average_precision"])

    final = fit_model(train, args.iterations)
    pd.DataFrame({ID: test[ID], "prediction": final.predict_proba(test[FEATURES])[:, 1]}).to_csv(
        data_dir / "predictions.csv", index=False)
    (data_dir / "metrics.json").write_text(json.dumps(metrics, indent=2))


if __name__ == "__main__":
    main()
