"""Hospital readmission take-home (readmitted_30d).

Structure: ReadmissionData (loading + splitting), a frequency encoder for the
diagnosis group, and a Trainer that fits a pipeline and reports metrics.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Dict, List, Tuple

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, brier_score_loss, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

LOGGER = logging.getLogger(__name__)


class FrequencyEncoder(BaseEstimator, TransformerMixin):
    """Replace categorical columns by how common each category is."""

    def __init__(self, columns: Tuple[str, ...] = ("primary_dx_group", "insurance_type")):
        self.columns = columns

    def fit(self, X: pd.DataFrame, y=None):
        self.freq_ = {c: X[c].value_counts(normalize=True) for c in self.columns}
        return self

    def transform(self, X: pd.DataFrame) -> pd.DataFrame:
        X = X.copy()
        for c, freq in self.freq_.items():
            X[c] = X[c].map(freq).fillna(0.0)
        return X


@dataclass
class ReadmissionData:
    path: str = "train.csv"
    target: str = "readmitted_30d"
    features: List[str] = field(default_factory=lambda: [
        "age", "length_of_stay", "num_prior_admissions", "num_medications",
        "hba1c_last", "creatinine_last", "primary_dx_group", "insurance_type"])

    def __post_init__(self):
        self.df = pd.read_csv(self.path, parse_dates=["discharge_date"])
        self.df[["hba1c_last", "creatinine_last"]] = self.df[["hba1c_last", "creatinine_last"]].fillna(-1)

    def split(self, seed: int = 0):
        X, y = self.df[self.features], self.df[self.target]
        return train_test_split(X, y, test_size=0.2, stratify=y, random_state=seed)


class Trainer:
    def __init__(self, data: ReadmissionData):
        self.data = data
        self.X_train, self.X_test, self.y_train, self.y_test = data.split()

    @staticmethod
    def pipeline() -> Pipeline:
        return Pipeline([
            ("freq", FrequencyEncoder()),
            ("scale", StandardScaler()),
            ("clf", LogisticRegression(max_iter=1000, C=0.5)),
        ])

    def evaluate(self, model) -> Dict[str, float]:
        model.fit(self.X_train, self.y_train)
        p = model.predict_proba(self.X_test)[:, 1]
        return {"roc_auc": roc_auc_score(self.y_test, p),
                "pr_auc": average_precision_score(self.y_test, p),
                "brier": brier_score_loss(self.y_test, p)}

    def run(self) -> pd.DataFrame:
        results = {"baseline_prior": self.evaluate(DummyClassifier(strategy="prior")),
                   "logreg": self.evaluate(self.pipeline())}
        LOGGER.info("train=%d test=%d", len(self.X_train), len(self.X_test))
        return pd.DataFrame(results).T


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(Trainer(ReadmissionData()).run().round(4))
