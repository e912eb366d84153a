"""Churn take-home: next-month churn model packaged as a single file.

Usage:
    python u02_churn_featurizer_fit_on_train.py --data-dir . --cutoff 2024-07-01
"""
from __future__ import annotations

import argparse
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import List, Tuple

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.preprocessing import StandardScaler

log = logging.getLogger("churn")

TARGET = "churned_next_month"
NUMERIC = ["tenure_months", "monthly_spend", "logins_30d", "support_tickets_30d", "days_since_last_login"]
CATEGORICAL = ["plan", "region"]


@dataclass
class Config:
    data_dir: Path = Path(".")
    cutoff: str = "2024-07-01"
    C: float = 0.5
    seed: int = 7


class Featurizer:
    """Median imputation + standard scaling for numerics, one-hot for categoricals."""

    def __init__(self, numeric: List[str], categorical: List[str]) -> None:
        self.numeric = numeric
        self.categorical = categorical
        self.imputer = SimpleImputer(strategy="median")
        self.scaler = StandardScaler()
        self.columns_: List[str] = []

    def _dummies(self, df: pd.DataFrame) -> pd.DataFrame:
        return pd.get_dummies(df[self.categorical].astype(str), prefix=self.categorical)

    def fit(self, df: pd.DataFrame) -> "Featurizer":
        self.scaler.fit(self.imputer.fit_transform(df[self.numeric]))
        self.columns_ = list(self._dummies(df).columns)
        return self

    def transform(self, df: pd.DataFrame) -> np.ndarray:
        num = self.scaler.transform(self.imputer.transform(df[self.numeric]))
        cat = self._dummies(df).reindex(columns=self.columns_, fill_value=0)
        return np.hstack([num, cat.to_numpy(dtype=float)])


class Trainer:
    def __init__(self, cfg: Config) -> None:
        self.model = LogisticRegression(C=cfg.C, max_iter=2000, class_weight="balanced")
        self.baseline = DummyClassifier(strategy="prior")

    def fit(self, X: np.ndarray, y: pd.Series) -> "Trainer":
        self.model.fit(X, y)
        self.baseline.fit(X, y)
        return self

    def evaluate(self, X: np.ndarray, y: pd.Series) -> pd.DataFrame:
        rows = []
        for name, est in [("baseline (prior)", self.baseline), ("logreg", self.model)]:
            p = est.predict_proba(X)[:, 1]
            rows.append({"model": name, "roc_auc": roc_auc_score(y, p), "pr_auc": average_precision_score(y, p)})
        return pd.DataFrame(rows)


def time_group_split(df: pd.DataFrame, cutoff: str) -> Tuple[pd.DataFrame, pd.DataFrame]:
    """Train strictly before the cutoff; validate only on customers never seen in training."""
    month = pd.to_datetime(df["snapshot_month"])
    train = df[month < pd.Timestamp(cutoff)]
    valid = df[month >= pd.Timestamp(cutoff)]
    valid = valid[~valid["customer_id"].isin(set(train["customer_id"]))]
    return train, valid


def parse_args() -> Config:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data-dir", type=Path, default=Path("."))
    ap.add_argument("--cutoff", default="2024-07-01")
    ap.add_argument("--C", type=float, default=0.5)
    a = ap.parse_args()
    return Config(data_dir=a.data_dir, cutoff=a.cutoff, C=a.C)


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    cfg = parse_args()
    train_df = pd.read_csv(cfg.data_dir / "train.csv")
    test_df = pd.read_csv(cfg.data_dir / "test.csv")
    log.info("train %s, test %s", train_df.shape, test_df.shape)

    tr, va = time_group_split(train_df, cfg.cutoff)
    log.info("split: %d train rows, %d validation rows", len(tr), len(va))
    featurizer = Featurizer(NUMERIC, CATEGORICAL).fit(tr)

    trainer = Trainer(cfg).fit(featurizer.transform(tr), tr[TARGET])
    results = trainer.evaluate(featurizer.transform(va), va[TARGET])
    print(results.to_string(index=False, float_format="%.4f"))

    # refit everything on all labelled months for the submission
    featurizer = Featurizer(NUMERIC, CATEGORICAL).fit(train_df)
    final = Trainer(cfg).fit(featurizer.transform(train_df), train_df[TARGET])
    preds = final.model.predict_proba(featurizer.transform(test_df))[:, 1]
    pd.DataFrame({"snapshot_id": test_df["snapshot_id"], "prediction": preds}).to_csv("predictions.csv", index=False)
    log.info("wrote predictions.csv")


if __name__ == "__main__":
    main()
