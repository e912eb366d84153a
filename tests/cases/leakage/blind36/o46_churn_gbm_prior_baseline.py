"""Churn take-home: gradient boosting on monthly snapshots (churned_30d).

Evaluation is out-of-time and out-of-customer: snapshots before the cutoff
train the model; later snapshots of customers never seen in training test it.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Dict, List, Tuple

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.calibration import calibration_curve
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, brier_score_loss, roc_auc_score
from sklearn.pipeline import Pipeline

logger = logging.getLogger("churn.gbm")


class UpperCapper(BaseEstimator, TransformerMixin):
    """Cap each numeric column at a quantile learned during fit."""

    def __init__(self, q: float = 0.99):
        self.q = q

    def fit(self, X: pd.DataFrame, y=None):
        self.caps_ = X.quantile(self.q)
        return self

    def transform(self, X: pd.DataFrame) -> pd.DataFrame:
        return X.clip(upper=self.caps_, axis=1)


@dataclass
class ExperimentConfig:
    path: str = "train.csv"
    cutoff: str = "2023-06-01"
    target: str = "churned_30d"
    features: List[str] = field(default_factory=lambda: [
        "tenure_months", "monthly_fee", "discount_pct", "logins_30d",
        "support_tickets_30d", "payment_failures_90d"])


class ChurnExperiment:
    def __init__(self, cfg: ExperimentConfig):
        self.cfg = cfg
        self.snapshots = pd.read_csv(cfg.path, parse_dates=["snapshot_date"])
        self.train_df, self.test_df = self._split()

    def _split(self) -> Tuple[pd.DataFrame, pd.DataFrame]:
        cut = pd.Timestamp(self.cfg.cutoff)
        s = self.snapshots
        train = s[s["snapshot_date"] < cut]
        test = s[(s["snapshot_date"] >= cut) & ~s["customer_id"].isin(train["customer_id"])]
        logger.info("train %d rows / test %d rows", len(train), len(test))
        return train, test

    @classmethod
    def default(cls) -> "ChurnExperiment":
        return cls(ExperimentConfig())

    def model(self) -> Pipeline:
        return Pipeline([("cap", UpperCapper()),
                         ("gbm", HistGradientBoostingClassifier(learning_rate=0.05, max_iter=400,
                                                                l2_regularization=1.0, random_state=0))])

    def run(self) -> Dict[str, float]:
        f, t = self.cfg.features, self.cfg.target
        model = self.model().fit(self.train_df[f], self.train_df[t])
        self.proba_ = model.predict_proba(self.test_df[f])[:, 1]
        y = self.test_df[t]
        # baseline: predict the training churn prior for every snapshot
        prior = np.full(len(y), self.train_df[t].mean())
        return {"roc_auc": roc_auc_score(y, self.proba_),
                "pr_auc": average_precision_score(y, self.proba_),
                "brier": brier_score_loss(y, self.proba_),
                "baseline_pr_auc": average_precision_score(y, prior),
                "baseline_brier": brier_score_loss(y, prior)}

    def plot_calibration(self) -> None:
        frac, avg_score = calibration_curve(self.test_df[self.cfg.target], self.proba_, n_bins=10)
        plt.plot(avg_score, frac, marker="o")
        plt.plot([0, 1], [0, 1], ls=":")
        plt.savefig("calibration.png")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    exp = ChurnExperiment.default()
    print(exp.run())
    exp.plot_calibration()
