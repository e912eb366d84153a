"""Marketplace fraud take-home: train, evaluate on unseen sellers, export.

Metrics are pluggable through a tiny registry so the report stays one loop.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Callable, Dict, NamedTuple

import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import accuracy_score, average_precision_score, roc_auc_score
from sklearn.model_selection import GroupShuffleSplit

log = logging.getLogger("fraud.eval")


class Metric(NamedTuple):
    fn: Callable
    uses_proba: bool


METRICS: Dict[str, Metric] = {
    "accuracy": Metric(accuracy_score, uses_proba=False),
    "roc_auc": Metric(roc_auc_score, uses_proba=True),
    "avg_precision": Metric(average_precision_score, uses_proba=True),
}


@dataclass
class OrderData:
    path: str = "train.csv"
    target: str = "is_fraud"

    def __post_init__(self):
        df = pd.read_csv(self.path, parse_dates=["order_ts"])
        df["order_hour"] = df["order_ts"].dt.hour
        df["is_card"] = (df["payment_method"] == "card").astype(int)
        self.df = df

    @property
    def feature_columns(self):
        return ["order_amount", "account_age_days", "num_items", "billing_shipping_mismatch",
                "seller_rating", "order_hour", "is_card"]

    def seller_split(self, seed: int = 4):
        gss = GroupShuffleSplit(n_splits=1, test_size=0.25, random_state=seed)
        tr, te = next(gss.split(self.df, groups=self.df["seller_id"]))
        return self.df.iloc[tr], self.df.iloc[te]


class Evaluator:
    def __init__(self, data: OrderData):
        self.data = data
        self.train_df, self.test_df = data.seller_split()

    def _fit(self, estimator):
        cols = self.data.feature_columns
        return estimator.fit(self.train_df[cols].fillna(0), self.train_df[self.data.target])

    def evaluate(self, estimator) -> Dict[str, float]:
        model = self._fit(estimator)
        X = self.test_df[self.data.feature_columns].fillna(0)
        y = self.test_df[self.data.target]
        out = {}
        for name, metric in METRICS.items():
            pred = model.predict_proba(X)[:, 1] if metric.uses_proba else model.predict(X)
            out[name] = metric.fn(y, pred)
        return out


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    ev = Evaluator(OrderData())
    table = pd.DataFrame({
        "baseline_majority": ev.evaluate(DummyClassifier(strategy="most_frequent")),
        "gbc": ev.evaluate(GradientBoostingClassifier(n_estimators=300, max_depth=3, random_state=0)),
    }).T
    print(table.round(4))
