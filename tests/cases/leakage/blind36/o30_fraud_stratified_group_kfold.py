"""Marketplace fraud take-home: cross-validated pipeline comparison.

All preprocessing lives inside sklearn Pipelines so cross-validation refits it
in each fold.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Dict, List

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedGroupKFold, cross_validate
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

log = logging.getLogger("fraud.cv")


class QuantileBinner(BaseEstimator, TransformerMixin):
    """Bin a numeric column on quantile edges learned in fit."""

    def __init__(self, n_bins: int = 10):
        self.n_bins = n_bins

    def fit(self, X, y=None):
        X = np.asarray(X, dtype=float)
        qs = np.linspace(0, 1, self.n_bins + 1)[1:-1]
        self.edges_ = [np.nanquantile(X[:, j], qs) for j in range(X.shape[1])]
        return self

    def transform(self, X):
        X = np.asarray(X, dtype=float)
        return np.column_stack([np.digitize(X[:, j], e) for j, e in enumerate(self.edges_)])


@dataclass
class FraudCVConfig:
    path: str = "train.csv"
    n_splits: int = 5
    numeric: List[str] = field(default_factory=lambda: [
        "account_age_days", "num_items", "billing_shipping_mismatch", "seller_rating"])
    binned: List[str] = field(default_factory=lambda: ["order_amount"])
    categorical: List[str] = field(default_factory=lambda: [
        "payment_method", "shipping_country", "merchant_category"])


class CrossValidatedComparison:
    target = "is_fraud"

    def __init__(self, cfg: FraudCVConfig):
        self.cfg = cfg
        self.orders = pd.read_csv(cfg.path)
        self.orders[cfg.numeric] = self.orders[cfg.numeric].fillna(0)

    @property
    def X(self) -> pd.DataFrame:
        return self.orders[self.cfg.numeric + self.cfg.binned + self.cfg.categorical]

    @property
    def y(self) -> pd.Series:
        return self.orders[self.target]

    def preprocessor(self) -> ColumnTransformer:
        return ColumnTransformer([
            ("num", StandardScaler(), self.cfg.numeric),
            ("bins", Pipeline([("q", QuantileBinner()), ("oh", OneHotEncoder(handle_unknown="ignore"))]),
             self.cfg.binned),
            ("cat", OneHotEncoder(handle_unknown="ignore", min_frequency=20), self.cfg.categorical),
        ])

    def models(self) -> Dict[str, Pipeline]:
        return {
            "baseline_prior": Pipeline([("prep", self.preprocessor()), ("clf", DummyClassifier(strategy="prior"))]),
            "logreg": Pipeline([("prep", self.preprocessor()),
                                ("clf", LogisticRegression(max_iter=2000, class_weight="balanced"))]),
        }

    def run(self) -> pd.DataFrame:
        cv = StratifiedGroupKFold(n_splits=self.cfg.n_splits, shuffle=True, random_state=0)
        rows = {}
        for name, pipe in self.models().items():
            # a seller's orders always fall in the same fold
            res = cross_validate(pipe, self.X, self.y, cv=cv, groups=self.orders["seller_id"],
                                 scoring=["roc_auc", "average_precision"])
            rows[name] = {k: v.mean() for k, v in res.items() if k.startswith("test_")}
            log.info("%s done", name)
        return pd.DataFrame(rows).T


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(CrossValidatedComparison(FraudCVConfig()).run().round(4))
