#!/usr/bin/env python
"""Churn prediction -- native categorical HGB, 5-fold CV.

Usage: python n05_churn_hgb_from_dtype_skfold.py  (expects train.csv / test.csv here)
"""
import json
import logging

import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.model_selection import StratifiedKFold, cross_validate

logging.basicConfig(level=logging.INFO, format="%(message)s")
log = logging.getLogger("churn")

TARGET = "churned_next_month"
DROP = ["snapshot_id", "customer_id", "retention_offer_accepted", "account_closed_date_known"]
CATEGORICAL = ["plan_type", "region", "payment_method", "acq_channel", "device_os"]


class ChurnData:
    """Small wrapper so train and test go through identical preprocessing."""

    def __init__(self, path):
        self.df = pd.read_csv(path, parse_dates=["snapshot_month"])

    def prepared(self, categories=None):
        df = self.df.copy()
        df["month"] = df["snapshot_month"].dt.month
        df["quarter"] = df["snapshot_month"].dt.quarter
        df = df.drop(columns=["snapshot_month"])
        for col in CATEGORICAL:
            cats = None if categories is None else categories[col]
            df[col] = pd.Categorical(df[col], categories=cats)
        df["log_total_charges"] = np.log1p(df["total_charges"].clip(lower=0))
        return df

    @staticmethod
    def categories(df):
        return {c: df[c].cat.categories for c in CATEGORICAL}


train = ChurnData("train.csv").prepared()
X = train.drop(columns=DROP + [TARGET], errors="ignore")
y = train[TARGET]
log.info("X=%s, positive rate=%.3f", X.shape, y.mean())

model = HistGradientBoostingClassifier(
    categorical_features="from_dtype",
    learning_rate=0.06,
    max_iter=500,
    max_leaf_nodes=48,
    min_samples_leaf=40,
    class_weight="balanced",
    early_stopping=True,
    validation_fraction=0.1,
    random_state=0,
)

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
scores = cross_validate(
    model, X, y, cv=cv,
    scoring={"roc_auc": "roc_auc", "ap": "average_precision", "neg_log_loss": "neg_log_loss"},
    return_train_score=True,
    n_jobs=-1,
)
summary = {k: (float(np.mean(v)), float(np.std(v))) for k, v in scores.items() if k.startswith(("test_", "train_"))}
for k, (m, s) in summary.items():
    log.info("%-20s %.4f +/- %.4f", k, m, s)

gap = summary["train_roc_auc"][0] - summary["test_roc_auc"][0]
if gap > 0.05:
    log.warning("train/validation AUC gap %.3f -- consider more regularisation", gap)

with open("metrics.json", "w") as fh:
    json.dump({"roc_auc": summary["test_roc_auc"][0], "average_precision": summary["test_ap"][0]}, fh)

model.fit(X, y)
cats = ChurnData.categories(train)
test = ChurnData("test.csv").prepared(categories=cats)
X_sub = test[X.columns]
pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": model.predict_proba(X_sub)[:, 1]}).to_csv(
    "predictions.csv", index=False
)
log.info("wrote predictions.csv (%d rows)", len(test))
