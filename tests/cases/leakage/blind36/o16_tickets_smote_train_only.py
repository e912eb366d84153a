"""Ticket escalation: gradient boosting with SMOTE-balanced classes.

Only triage-time fields are used; escalation_owner, final_priority and
resolution_hours are filled in after the fact and are excluded.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Dict, List

import pandas as pd
from imblearn.over_sampling import SMOTE
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import balanced_accuracy_score, roc_auc_score
from sklearn.model_selection import train_test_split

LOG = logging.getLogger("escalation")


@dataclass
class Settings:
    path: str = "train.csv"
    target: str = "escalated"
    numeric: List[str] = field(default_factory=lambda: [
        "first_response_minutes", "num_replies", "num_reopens",
        "sentiment_score", "agent_tenure_months"])
    categorical: List[str] = field(default_factory=lambda: ["customer_tier", "channel", "product_area"])
    seed: int = 21


class Rebalancer:
    """Callable wrapper so the sampling strategy is configurable in one place."""

    def __init__(self, seed: int, k_neighbors: int = 5):
        self._smote = SMOTE(random_state=seed, k_neighbors=k_neighbors)

    def __call__(self, X: pd.DataFrame, y: pd.Series):
        X_res, y_res = self._smote.fit_resample(X, y)
        LOG.info("rebalanced %d -> %d rows", len(X), len(X_res))
        return X_res, y_res


class EscalationModel:
    def __init__(self, settings: Settings):
        self.s = settings
        self.frame = pd.read_csv(settings.path)
        self.rebalance = Rebalancer(settings.seed)

    @property
    def X(self) -> pd.DataFrame:
        num = self.frame[self.s.numeric].fillna(0.0)
        cat = pd.get_dummies(self.frame[self.s.categorical], dtype=float)
        return pd.concat([num, cat], axis=1)

    @property
    def y(self) -> pd.Series:
        return self.frame[self.s.target]

    def make_splits(self):
        X_train, X_test, y_train, y_test = train_test_split(
            self.X, self.y, test_size=0.2, stratify=self.y, random_state=self.s.seed)
        X_train, y_train = self.rebalance(X_train, y_train)  # synthetic rows stay in training
        return X_train, X_test, y_train, y_test

    def evaluate(self) -> Dict[str, Dict[str, float]]:
        X_train, X_test, y_train, y_test = self.make_splits()
        out = {}
        for name, est in [("baseline_stratified", DummyClassifier(strategy="stratified", random_state=0)),
                          ("gbc", GradientBoostingClassifier(random_state=0))]:
            est.fit(X_train, y_train)
            proba = est.predict_proba(X_test)[:, 1]
            out[name] = {"roc_auc": roc_auc_score(y_test, proba),
                         "balanced_acc": balanced_accuracy_score(y_test, est.predict(X_test))}
        return out


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    for name, metrics in EscalationModel(Settings()).evaluate().items():
        print(f"{name:>22}: " + ", ".join(f"{k}={v:.3f}" for k, v in metrics.items()))
