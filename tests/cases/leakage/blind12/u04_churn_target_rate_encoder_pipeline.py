"""Churn: gradient boosting with smoothed per-category churn rates as features.

The encoder lives inside the pipeline so it only ever sees the rows the
model is fitted on.
"""
import logging
import sys

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import make_pipeline

logging.basicConfig(level=logging.INFO, stream=sys.stdout,
                    format="%(levelname)s %(name)s: %(message)s")
log = logging.getLogger("churn.te")

TARGET = "churned_next_month"
CATS = ["plan", "region"]
NUMS = ["tenure_months", "monthly_charges", "has_discount", "logins_30d",
        "days_since_last_login", "support_tickets_30d", "payment_failures_90d"]
CUTOFF = "2024-10-01"


class TargetRateEncoder(BaseEstimator, TransformerMixin):
    """Replace each categorical column by its smoothed churn rate."""

    def __init__(self, cols, smoothing=20.0):
        self.cols = cols
        self.smoothing = smoothing

    def fit(self, X, y):
        y = pd.Series(np.asarray(y), index=X.index)
        self.global_ = y.mean()
        self.maps_ = {}
        for c in self.cols:
            stats = y.groupby(X[c]).agg(["sum", "count"])
            self.maps_[c] = (stats["sum"] + self.smoothing * self.global_) / (stats["count"] + self.smoothing)
        return self

    def transform(self, X):
        X = X.copy()
        for c in self.cols:
            X[c + "_rate"] = X[c].map(self.maps_[c]).fillna(self.global_).astype(float)
        return X.drop(columns=self.cols)


def make_model(smoothing=50, lr=0.05):
    return make_pipeline(
        TargetRateEncoder(CATS, smoothing=smoothing),
        HistGradientBoostingClassifier(max_iter=300, learning_rate=lr,
                                       max_leaf_nodes=31, random_state=0),
    )


def split_by_month(df):
    fit_part = df[df.snapshot_month < CUTOFF]
    val_part = df[df.snapshot_month >= CUTOFF]
    val_part = val_part[~val_part.customer_id.isin(fit_part.customer_id.unique())]
    return fit_part, val_part


def main(path="train.csv"):
    df = pd.read_csv(path)
    log.info("%d rows, %d customers, churn %.3f", len(df), df.customer_id.nunique(), df[TARGET].mean())
    X_cols = CATS + NUMS

    fit_part, val_part = split_by_month(df)
    log.info("fit %d rows / validation %d rows", len(fit_part), len(val_part))

    model = make_model().fit(fit_part[X_cols], fit_part[TARGET])
    enc = model.steps[0][1]
    for c, m in enc.maps_.items():
        log.info("rates for %s (fit months only):\n%s", c, m.round(4).to_string())

    p = model.predict_proba(val_part[X_cols])[:, 1]
    log.info("validation AUC %.4f  AP %.4f",
             roc_auc_score(val_part[TARGET], p), average_precision_score(val_part[TARGET], p))

    test = pd.read_csv("test.csv")
    final = make_model().fit(df[X_cols], df[TARGET])
    pred = final.predict_proba(test[X_cols])[:, 1]
    pd.DataFrame({"snapshot_id": test.snapshot_id, "prediction": pred}).to_csv("predictions.csv", index=False)
    log.info("done")


if __name__ == "__main__":
    main(*sys.argv[1:])
