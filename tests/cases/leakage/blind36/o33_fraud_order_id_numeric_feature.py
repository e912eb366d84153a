"""Marketplace fraud: automatic numeric feature discovery.

The FeatureBuilder takes every numeric column except an explicit exclusion
list, so new numeric fields in the export are picked up without code changes.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import List, Optional

import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import ExtraTreesClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import GroupShuffleSplit

log = logging.getLogger("fraud.auto")


@dataclass
class FeatureBuilder:
    target: str = "is_fraud"
    exclude: List[str] = field(default_factory=lambda: [
        "is_fraud", "chargeback_flag", "seller_id", "buyer_id"])
    columns_: Optional[List[str]] = None

    def fit(self, df: pd.DataFrame) -> "FeatureBuilder":
        numeric = df.select_dtypes(include="number").columns
        self.columns_ = [c for c in numeric if c not in self.exclude]
        log.info("using %d numeric columns: %s", len(self.columns_), self.columns_)
        return self

    def transform(self, df: pd.DataFrame) -> pd.DataFrame:
        return df[self.columns_].fillna(-999)


class FraudPipeline:
    def __init__(self, path: str = "train.csv", seed: int = 17):
        self.orders = pd.read_csv(path, parse_dates=["order_ts"])
        id_cols = ["order_id", "seller_id", "buyer_id"]
        self.orders[id_cols] = self.orders[id_cols].astype("int64")  # compact integer keys
        self.seed = seed
        self.builder = FeatureBuilder()
        self.train_df: Optional[pd.DataFrame] = None
        self.test_df: Optional[pd.DataFrame] = None

    def split(self) -> "FraudPipeline":
        gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=self.seed)
        tr, te = next(gss.split(self.orders, groups=self.orders["seller_id"]))
        self.train_df, self.test_df = self.orders.iloc[tr], self.orders.iloc[te]
        return self

    def _xy(self, df: pd.DataFrame):
        return self.builder.transform(df), df[self.builder.target]

    def score(self, name: str, estimator) -> dict:
        X_tr, y_tr = self._xy(self.train_df)
        X_te, y_te = self._xy(self.test_df)
        p = estimator.fit(X_tr, y_tr).predict_proba(X_te)[:, 1]
        return {"model": name, "roc_auc": roc_auc_score(y_te, p), "pr_auc": average_precision_score(y_te, p)}

    def run(self) -> pd.DataFrame:
        self.split()
        self.builder.fit(self.train_df)
        return pd.DataFrame([
            self.score("baseline_prior", DummyClassifier(strategy="prior")),
            self.score("extra_trees", ExtraTreesClassifier(n_estimators=500, min_samples_leaf=10,
                                                           class_weight="balanced", random_state=0)),
        ])


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(FraudPipeline().run().to_string(index=False))
