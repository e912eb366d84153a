"""Support-ticket escalation take-home.

Predict `escalated` for a ticket from what is known when it is triaged.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import List, Tuple

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

logger = logging.getLogger("tickets")


@dataclass
class TicketConfig:
    path: str = "train.csv"
    target: str = "escalated"
    k_best: int = 12
    test_size: float = 0.25
    seed: int = 11


class TicketFeatureBuilder:
    """Row-wise features only: nothing here is learned from data."""

    CATEGORICAL = ["customer_tier", "channel", "product_area"]
    NUMERIC = ["first_response_minutes", "num_replies", "num_reopens",
               "sentiment_score", "agent_tenure_months"]

    @staticmethod
    def text_stats(text: pd.Series) -> pd.DataFrame:
        text = text.fillna("")
        return pd.DataFrame({
            "len": text.str.len(),
            "exclamations": text.str.count("!"),
            "mentions_refund": text.str.contains("refund", case=False).astype(int),
        })

    def __call__(self, df: pd.DataFrame) -> pd.DataFrame:
        parts = [
            df[self.NUMERIC].fillna(0.0),
            pd.get_dummies(df[self.CATEGORICAL], dtype=float),
            self.text_stats(df["subject"]).add_prefix("subject_"),
            self.text_stats(df["body_text"]).add_prefix("body_"),
        ]
        return pd.concat(parts, axis=1)


class EscalationExperiment:
    def __init__(self, config: TicketConfig):
        self.config = config
        self.df = pd.read_csv(config.path, parse_dates=["created_at"])
        self.build = TicketFeatureBuilder()
        self.selected_: List[str] = []

    def select_features(self, X: pd.DataFrame, y: pd.Series) -> pd.DataFrame:
        selector = SelectKBest(f_classif, k=self.config.k_best).fit(X, y)
        self.selected_ = list(X.columns[selector.get_support()])
        logger.info("kept %s", self.selected_)
        return X[self.selected_]

    def split(self) -> Tuple[pd.DataFrame, pd.DataFrame, pd.Series, pd.Series]:
        X = self.build(self.df)
        y = self.df[self.config.target]
        X = self.select_features(X, y)
        return train_test_split(X, y, test_size=self.config.test_size,
                                stratify=y, random_state=self.config.seed)

    @staticmethod
    def report(name: str, model, X_test, y_test) -> dict:
        proba = model.predict_proba(X_test)[:, 1]
        return {"model": name,
                "roc_auc": roc_auc_score(y_test, proba),
                "f1": f1_score(y_test, (proba >= 0.5).astype(int))}

    def run(self) -> pd.DataFrame:
        X_train, X_test, y_train, y_test = self.split()
        models = {
            "baseline_majority": DummyClassifier(strategy="most_frequent"),
            "logreg": make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000)),
        }
        return pd.DataFrame([
            self.report(name, m.fit(X_train, y_train), X_test, y_test)
            for name, m in models.items()
        ])


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(EscalationExperiment(TicketConfig()).run())
