"""30-day readmission take-home.

Encounter ids are issued sequentially by the hospital system, so they double as
a coarse "system era" signal (coding practice changed over the years).
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Dict, List, Tuple

import pandas as pd
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import Pipeline

log = logging.getLogger("readmit.rf")


class MedianImputer(BaseEstimator, TransformerMixin):
    def fit(self, X: pd.DataFrame, y=None):
        self.medians_ = X.median(numeric_only=True)
        return self

    def transform(self, X: pd.DataFrame) -> pd.DataFrame:
        return X.fillna(self.medians_)


@dataclass
class ReadmitTask:
    path: str = "train.csv"
    target: str = "readmitted_30d"
    cutoff: str = "2022-11-01"
    features: List[str] = field(default_factory=lambda: [
        "encounter_id", "age", "length_of_stay", "num_prior_admissions",
        "num_medications", "hba1c_last", "creatinine_last"])

    def load(self) -> pd.DataFrame:
        return pd.read_csv(self.path, parse_dates=["admit_date", "discharge_date"])

    def split(self, df: pd.DataFrame) -> Tuple[pd.DataFrame, pd.DataFrame]:
        cut = pd.Timestamp(self.cutoff)
        train = df[df["discharge_date"] < cut]
        test = df[df["discharge_date"] >= cut]
        returning = test["patient_id"].isin(set(train["patient_id"]))
        log.info("dropping %d test encounters of patients seen in training", int(returning.sum()))
        return train, test[~returning]


class Experiment:
    def __init__(self, task: ReadmitTask):
        self.task = task
        self.train_df, self.test_df = task.split(task.load())

    def _score(self, model) -> Dict[str, float]:
        f, t = self.task.features, self.task.target
        model.fit(self.train_df[f], self.train_df[t])
        p = model.predict_proba(self.test_df[f])[:, 1]
        return {"roc_auc": roc_auc_score(self.test_df[t], p),
                "pr_auc": average_precision_score(self.test_df[t], p)}

    def run(self) -> pd.DataFrame:
        forest = Pipeline([("impute", MedianImputer()),
                           ("rf", RandomForestClassifier(n_estimators=500, min_samples_leaf=10,
                                                         class_weight="balanced", random_state=0))])
        return pd.DataFrame({
            "baseline_prior": self._score(DummyClassifier(strategy="prior")),
            "random_forest": self._score(forest),
        }).T


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(Experiment(ReadmitTask()).run().round(4))
