"""Churn take-home -- everything in a scikit-learn Pipeline so CV refits preprocessing per fold."""
from __future__ import annotations

import argparse
import logging
from dataclasses import dataclass
from typing import Dict

import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.impute import SimpleImputer
from sklearn.model_selection import cross_validate
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

log = logging.getLogger("churn.cv")
TARGET = "churned_next_month"
NUM = ["tenure_months", "monthly_spend", "logins_30d", "support_tickets_30d", "days_since_last_login"]
CAT = ["plan", "region"]


@dataclass
class Config:
    folds: int = 5
    lr: float = 0.05
    max_iter: int = 300


class Featurizer:
    """Wraps the ColumnTransformer so it can be reused in the pipeline."""

    @staticmethod
    def build() -> ColumnTransformer:
        return ColumnTransformer([
            ("num", make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), NUM),
            ("cat", OneHotEncoder(handle_unknown="ignore"), CAT),
        ])


class Trainer:
    def __init__(self, cfg: Config) -> None:
        self.cfg = cfg

    def pipelines(self) -> Dict[str, Pipeline]:
        return {
            "baseline": Pipeline([("pre", Featurizer.build()), ("clf", DummyClassifier(strategy="prior"))]),
            "hgb": Pipeline([("pre", Featurizer.build()),
                             ("clf", HistGradientBoostingClassifier(learning_rate=self.cfg.lr,
                                                                    max_iter=self.cfg.max_iter))]),
        }

    def evaluate(self, X: pd.DataFrame, y: pd.Series) -> pd.DataFrame:
        rows = {}
        for name, pipe in self.pipelines().items():
            s = cross_validate(pipe, X, y, cv=self.cfg.folds, scoring=["roc_auc", "average_precision"])
            rows[name] = {"roc_auc": s["test_roc_auc"].mean(), "pr_auc": s["test_average_precision"].mean(),
                          "roc_auc_std": s["test_roc_auc"].std()}
        return pd.DataFrame(rows).T


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--folds", type=int, default=5)
    cfg = Config(folds=ap.parse_args().folds)
    logging.basicConfig(level=logging.INFO)

    df = pd.read_csv("train.csv").sort_values(["snapshot_month", "customer_id"]).reset_index(drop=True)
    test = pd.read_csv("test.csv")
    X, y = df[NUM + CAT], df[TARGET]

    trainer = Trainer(cfg)
    print(trainer.evaluate(X, y).round(4).to_string())

    final = trainer.pipelines()["hgb"].fit(X, y)
    pd.DataFrame({"snapshot_id": test["snapshot_id"],
                  "prediction": final.predict_proba(test[NUM + CAT])[:, 1]}).to_csv("predictions.csv", index=False)
    log.info("predictions written")


if __name__ == "__main__":
    main()
