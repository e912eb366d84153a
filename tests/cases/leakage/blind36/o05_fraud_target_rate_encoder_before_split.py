"""Marketplace fraud take-home: score orders for is_fraud.

Sellers appear many times, so evaluation holds out whole sellers.
"""
from __future__ import annotations

import logging
from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import Dict, List, Sequence, Type

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import GroupShuffleSplit

log = logging.getLogger(__name__)

CATEGORICAL: Sequence[str] = ("merchant_category", "payment_method", "shipping_country")
NUMERIC: Sequence[str] = (
    "order_amount", "account_age_days", "num_items",
    "billing_shipping_mismatch", "seller_rating",
)


class TargetRateEncoder(BaseEstimator, TransformerMixin):
    """Replace each category by its smoothed fraud rate."""

    def __init__(self, columns: Sequence[str] = CATEGORICAL, smoothing: float = 20.0):
        self.columns = columns
        self.smoothing = smoothing

    def fit(self, X: pd.DataFrame, y: pd.Series) -> "TargetRateEncoder":
        self.prior_ = float(np.mean(y))
        self.maps_: Dict[str, pd.Series] = {}
        frame = X[list(self.columns)].assign(_y=np.asarray(y))
        for col in self.columns:
            stats = frame.groupby(col)["_y"].agg(["sum", "count"])
            rate = (stats["sum"] + self.prior_ * self.smoothing) / (stats["count"] + self.smoothing)
            self.maps_[col] = rate
        return self

    def transform(self, X: pd.DataFrame) -> pd.DataFrame:
        X = X.copy()
        for col, rate in self.maps_.items():
            X[col + "_rate"] = X[col].map(rate).fillna(self.prior_).astype(float)
        return X.drop(columns=list(self.columns))


class FraudModel(ABC):
    name: str = "abstract"

    @abstractmethod
    def build(self):
        ...


class PriorBaseline(FraudModel):
    name = "baseline_prior"

    def build(self):
        return DummyClassifier(strategy="prior")


class BoostedTrees(FraudModel):
    name = "hist_gbm"

    def build(self):
        return HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, random_state=0)


REGISTRY: List[Type[FraudModel]] = [PriorBaseline, BoostedTrees]


@dataclass
class Split:
    X_train: pd.DataFrame
    X_test: pd.DataFrame
    y_train: pd.Series
    y_test: pd.Series


class FraudExperiment:
    target = "is_fraud"

    def __init__(self, path: str = "train.csv", seed: int = 13):
        self.df = pd.read_csv(path, parse_dates=["order_ts"])
        self.seed = seed
        self._encoder = TargetRateEncoder()

    @property
    def features(self) -> pd.DataFrame:
        return self.df[list(CATEGORICAL) + list(NUMERIC)]

    def prepare(self) -> Split:
        # encode once up front so the encoder has the most data to work with
        encoded = self._encoder.fit_transform(self.features, self.df[self.target])
        splitter = GroupShuffleSplit(n_splits=1, test_size=0.25, random_state=self.seed)
        tr, te = next(splitter.split(encoded, groups=self.df["seller_id"]))
        y = self.df[self.target]
        return Split(encoded.iloc[tr], encoded.iloc[te], y.iloc[tr], y.iloc[te])

    def run(self) -> pd.DataFrame:
        split = self.prepare()
        rows = []
        for spec in REGISTRY:
            model = spec().build().fit(split.X_train, split.y_train)
            proba = model.predict_proba(split.X_test)[:, 1]
            rows.append({
                "model": spec.name,
                "roc_auc": roc_auc_score(split.y_test, proba),
                "avg_precision": average_precision_score(split.y_test, proba),
            })
            log.info("finished %s", spec.name)
        return pd.DataFrame(rows)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(FraudExperiment().run().to_string(index=False))
