"""Subscription churn take-home: predict churned_30d from monthly snapshots.

Design: a DataModule owns the frames, a Trainer owns the model and an
Evaluator owns the metrics, so each piece can be unit-tested on its own.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Dict, List, Optional

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score

logger = logging.getLogger("churn")


@dataclass
class ChurnConfig:
    path: str = "train.csv"
    target: str = "churned_30d"
    cutoff: str = "2023-07-01"
    numeric: List[str] = field(default_factory=lambda: [
        "tenure_months", "monthly_fee", "logins_30d",
        "support_tickets_30d", "payment_failures_90d", "discount_pct",
    ])
    categorical: List[str] = field(default_factory=lambda: ["plan_tier", "region"])
    excluded: List[str] = field(default_factory=lambda: [
        "snapshot_id", "customer_id", "snapshot_date",
        "cancel_reason_code", "winback_offer_sent",
    ])


class RobustStandardizer(BaseEstimator, TransformerMixin):
    """Centre each column on its median and scale it by its IQR."""

    def __init__(self, columns: Optional[List[str]] = None):
        self.columns = columns

    def fit(self, X: pd.DataFrame, y=None) -> "RobustStandardizer":
        cols = self.columns or list(X.columns)
        self.median_ = X[cols].median()
        iqr = X[cols].quantile(0.75) - X[cols].quantile(0.25)
        self.iqr_ = iqr.replace(0, 1.0)
        return self

    def transform(self, X: pd.DataFrame) -> pd.DataFrame:
        X = X.copy()
        cols = list(self.median_.index)
        X[cols] = (X[cols] - self.median_) / self.iqr_
        return X


class ChurnDataModule:
    def __init__(self, config: ChurnConfig):
        self.config = config
        self.frame: Optional[pd.DataFrame] = None
        self.train_df: Optional[pd.DataFrame] = None
        self.test_df: Optional[pd.DataFrame] = None
        self._scaler = RobustStandardizer(columns=config.numeric)

    def load(self) -> "ChurnDataModule":
        df = pd.read_csv(self.config.path, parse_dates=["snapshot_date"])
        df = pd.get_dummies(df, columns=self.config.categorical, dtype=float)
        self.frame = df.sort_values("snapshot_date").reset_index(drop=True)
        logger.info("loaded %d snapshots", len(self.frame))
        return self

    def setup(self) -> "ChurnDataModule":
        # one scaler for the whole frame keeps train and test on the same scale
        self._scaler.fit(self.frame)
        scaled = self._scaler.transform(self.frame)
        cutoff = pd.Timestamp(self.config.cutoff)
        train = scaled[scaled["snapshot_date"] < cutoff]
        later = scaled[scaled["snapshot_date"] >= cutoff]
        seen_customers = set(train["customer_id"])
        self.train_df = train
        self.test_df = later[~later["customer_id"].isin(seen_customers)]
        return self

    @property
    def feature_columns(self) -> List[str]:
        drop = set(self.config.excluded) | {self.config.target}
        return [c for c in self.frame.columns if c not in drop]

    def xy(self, part: str):
        df = getattr(self, f"{part}_df")
        return df[self.feature_columns].fillna(0.0), df[self.config.target]


class Trainer:
    def __init__(self, data: ChurnDataModule, model=None):
        self.data = data
        self.model = model if model is not None else LogisticRegression(
            max_iter=2000, class_weight="balanced")

    def fit(self) -> "Trainer":
        X, y = self.data.xy("train")
        self.model.fit(X, y)
        return self


class Evaluator:
    def __init__(self, data: ChurnDataModule):
        self.data = data

    def __call__(self, name: str, trainer: Trainer) -> Dict[str, float]:
        X, y = self.data.xy("test")
        proba = trainer.model.predict_proba(X)[:, 1]
        row = {
            "model": name,
            "roc_auc": roc_auc_score(y, proba),
            "pr_auc": average_precision_score(y, proba),
        }
        logger.info("%s", row)
        return row


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    data = ChurnDataModule(ChurnConfig()).load().setup()
    evaluate = Evaluator(data)
    rows = [
        evaluate("baseline_prior", Trainer(data, DummyClassifier(strategy="prior")).fit()),
        evaluate("logreg", Trainer(data).fit()),
    ]
    print(pd.DataFrame(rows).round(4).to_string(index=False))


if __name__ == "__main__":
    main()
