"""Churn take-home (monthly snapshots, churned_30d).

Quick, well-factored first pass: a DataModule, a model factory and a Trainer.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Dict, List

import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

log = logging.getLogger("churn.first_pass")


@dataclass
class DataModule:
    path: str = "train.csv"
    target: str = "churned_30d"
    features: List[str] = field(default_factory=lambda: [
        "tenure_months", "monthly_fee", "discount_pct", "logins_30d",
        "support_tickets_30d", "payment_failures_90d"])
    test_size: float = 0.2
    seed: int = 42

    def setup(self) -> "DataModule":
        df = pd.read_csv(self.path, parse_dates=["snapshot_date"])
        df[self.features] = df[self.features].fillna(0)
        self.train_df, self.test_df = train_test_split(
            df, test_size=self.test_size, stratify=df[self.target], random_state=self.seed)
        return self

    def xy(self, frame: pd.DataFrame):
        return frame[self.features], frame[self.target]


class ModelFactory:
    @staticmethod
    def majority() -> DummyClassifier:
        return DummyClassifier(strategy="most_frequent")

    @staticmethod
    def logistic(C: float = 1.0) -> Pipeline:
        return Pipeline([("scale", StandardScaler()),
                         ("clf", LogisticRegression(C=C, max_iter=1000))])


class Trainer:
    def __init__(self, dm: DataModule):
        self.dm = dm

    def fit_score(self, model) -> float:
        X_tr, y_tr = self.dm.xy(self.dm.train_df)
        X_te, y_te = self.dm.xy(self.dm.test_df)
        model.fit(X_tr, y_tr)
        return accuracy_score(y_te, model.predict(X_te))

    def run(self) -> Dict[str, float]:
        return {"baseline_majority": self.fit_score(ModelFactory.majority()),
                "logistic": self.fit_score(ModelFactory.logistic())}


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    dm = DataModule().setup()
    for name, acc in Trainer(dm).run().items():
        print(f"{name:>18}: accuracy={acc:.4f}")
