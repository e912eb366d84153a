"""Churn take-home: usage-history features on monthly customer snapshots.

Each row is one customer-month; the label is churn in the 30 days after the
snapshot. Features are built by a chain of small FeatureStep objects.
"""
from __future__ import annotations

import logging
from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import List, Sequence

import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

logger = logging.getLogger("churn.history")


class FeatureStep(ABC):
    @abstractmethod
    def __call__(self, df: pd.DataFrame) -> pd.DataFrame:
        ...


class OrderSnapshots(FeatureStep):
    """Put each customer's snapshots next to each other, most recent first."""

    def __call__(self, df: pd.DataFrame) -> pd.DataFrame:
        return df.sort_values(["customer_id", "snapshot_date"], ascending=[True, False])


@dataclass
class UsageHistory(FeatureStep):
    window: int = 3

    def __call__(self, df: pd.DataFrame) -> pd.DataFrame:
        by_customer = df.groupby("customer_id", sort=False)
        df = df.copy()
        df["logins_expanding_mean"] = by_customer["logins_30d"].transform(
            lambda s: s.expanding().mean())
        df["tickets_rolling_sum"] = by_customer["support_tickets_30d"].transform(
            lambda s: s.rolling(self.window, min_periods=1).sum())
        df["failures_rolling_max"] = by_customer["payment_failures_90d"].transform(
            lambda s: s.rolling(self.window, min_periods=1).max())
        return df


class CalendarParts(FeatureStep):
    def __call__(self, df: pd.DataFrame) -> pd.DataFrame:
        return df.assign(snapshot_month=df["snapshot_date"].dt.month)


class ChurnFeatureBuilder:
    steps: Sequence[FeatureStep] = (OrderSnapshots(), UsageHistory(), CalendarParts())
    passthrough: List[str] = ["tenure_months", "monthly_fee", "discount_pct", "logins_30d",
                              "support_tickets_30d", "payment_failures_90d"]

    def build(self, df: pd.DataFrame) -> pd.DataFrame:
        for step in self.steps:
            df = step(df)
        return df

    @property
    def feature_names(self) -> List[str]:
        return self.passthrough + ["logins_expanding_mean", "tickets_rolling_sum",
                                   "failures_rolling_max", "snapshot_month"]


class ChurnTrainer:
    target = "churned_30d"

    def __init__(self, path: str = "train.csv", cutoff: str = "2023-09-01"):
        raw = pd.read_csv(path, parse_dates=["snapshot_date"])
        self.builder = ChurnFeatureBuilder()
        self.df = self.builder.build(raw)
        self.cutoff = pd.Timestamp(cutoff)

    def split(self):
        """Train on snapshots before the cutoff; test on later snapshots of new customers."""
        train = self.df[self.df["snapshot_date"] < self.cutoff]
        test = self.df[self.df["snapshot_date"] >= self.cutoff]
        test = test[~test["customer_id"].isin(train["customer_id"].unique())]
        return train, test

    def run(self) -> pd.DataFrame:
        train, test = self.split()
        cols = self.builder.feature_names
        rows = []
        for name, model in {"baseline_prior": DummyClassifier(strategy="prior"),
                            "hgb": HistGradientBoostingClassifier(random_state=0)}.items():
            model.fit(train[cols], train[self.target])
            p = model.predict_proba(test[cols])[:, 1]
            rows.append({"model": name,
                         "roc_auc": roc_auc_score(test[self.target], p),
                         "pr_auc": average_precision_score(test[self.target], p)})
        logger.info("train=%d test=%d", len(train), len(test))
        return pd.DataFrame(rows)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(ChurnTrainer().run().to_string(index=False))
