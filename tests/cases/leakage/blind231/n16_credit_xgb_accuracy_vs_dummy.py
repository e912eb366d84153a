#!/usr/bin/env python
"""Credit default model: XGBoost on engineered applicant features.

Usage: python n16_credit_xgb_accuracy_vs_dummy.py --data train.csv --seed 0
"""
import argparse
import json
import logging

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score
from sklearn.model_selection import train_test_split
from xgboost import XGBClassifier

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
log = logging.getLogger("credit")

CATEGORICAL = ["home_ownership", "purpose", "region", "education"]
NUMERIC = ["age", "annual_income", "employment_years", "loan_amount", "loan_term_months",
           "interest_rate", "credit_score", "num_open_accounts", "num_delinquencies_2y",
           "debt_to_income", "revolving_util"]


class RatioFeatures(BaseEstimator, TransformerMixin):
    """Adds affordability ratios. Stateless, so fit does nothing."""

    def fit(self, X, y=None):
        return self

    def transform(self, X):
        X = X.copy()
        X["loan_to_income"] = X["loan_amount"] / (X["annual_income"] + 1.0)
        X["util_x_dti"] = X["revolving_util"] * X["debt_to_income"]
        X["accounts_per_year"] = X["num_open_accounts"] / (X["employment_years"] + 1.0)
        X["age_bucket"] = (X["age"] // 10).clip(2, 7)
        return X


class CategoryCodes(BaseEstimator, TransformerMixin):
    """Learns category levels on fit; unseen levels become -1."""

    def __init__(self, cols):
        self.cols = cols

    def fit(self, X, y=None):
        self.levels_ = {c: {v: i for i, v in enumerate(sorted(X[c].dropna().unique()))} for c in self.cols}
        return self

    def transform(self, X):
        X = X.copy()
        for c in self.cols:
            X[c] = X[c].map(self.levels_[c]).fillna(-1).astype(int)
        return X


class Trainer:
    def __init__(self, seed):
        self.seed = seed
        self.ratios = RatioFeatures()
        self.codes = CategoryCodes(CATEGORICAL)
        self.model = XGBClassifier(n_estimators=400, max_depth=4, learning_rate=0.05,
                                   subsample=0.9, colsample_bytree=0.8, random_state=seed,
                                   eval_metric="logloss")

    def _prep(self, X, fit=False):
        X = self.ratios.transform(X)
        return self.codes.fit_transform(X) if fit else self.codes.transform(X)

    def fit(self, X, y):
        self.model.fit(self._prep(X, fit=True), y)
        return self

    def predict(self, X):
        return self.model.predict(self._prep(X))

    def predict_proba(self, X):
        return self.model.predict_proba(self._prep(X))[:, 1]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="train.csv")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()

    df = pd.read_csv(args.data)
    X, y = df[NUMERIC + CATEGORICAL], df["default_flag"]
    X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, stratify=y, random_state=args.seed)
    log.info("train %d rows, test %d rows", len(X_tr), len(X_te))

    trainer = Trainer(args.seed).fit(X_tr, y_tr)
    dummy = DummyClassifier(strategy="most_frequent").fit(X_tr, y_tr)

    metrics = {
        "dummy_accuracy": accuracy_score(y_te, dummy.predict(X_te)),
        "xgb_accuracy": accuracy_score(y_te, trainer.predict(X_te)),
    }
    metrics["gain_over_dummy"] = metrics["xgb_accuracy"] - metrics["dummy_accuracy"]
    log.info("metrics: %s", json.dumps({k: round(v, 4) for k, v in metrics.items()}))

    with open("metrics.json", "w") as fh:
        json.dump({"accuracy": metrics["xgb_accuracy"]}, fh)

    test = pd.read_csv("test.csv")
    pd.DataFrame({"applicant_id": test["applicant_id"],
                  "prediction": trainer.predict_proba(test[NUMERIC + CATEGORICAL])}).to_csv("predictions.csv",
                                                                                          index=False)
    log.info("predictions written")


if __name__ == "__main__":
    main()
