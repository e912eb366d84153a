"""
Churn take-home: cross-validated gradient boosting.

Customers have one row per month, so the CV folds are grouped by customer to
keep every customer's snapshots inside a single fold.
"""
from __future__ import annotations

import logging
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.model_selection import GroupKFold, cross_validate
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OrdinalEncoder

logging.basicConfig(level=logging.INFO, format="%(asctime)s - %(message)s")
logger = logging.getLogger(__name__)


class Config:
    path: Path = Path("train.csv")
    target: str = "churned_next_month"
    group: str = "customer_id"
    n_splits: int = 5
    numeric = ["tenure_months", "monthly_spend", "support_tickets", "logins_last_30d",
               "late_payments", "num_products", "discount_pct", "month_of_year"]
    categorical = ["plan_type", "contract_type", "region"]


def load_data(cfg: Config) -> pd.DataFrame:
    df = pd.read_csv(cfg.path, parse_dates=["snapshot_month"])
    logger.info("%d snapshots, churn rate %.3f", len(df), df[cfg.target].mean())
    return df


def engineer_features(df: pd.DataFrame) -> pd.DataFrame:
    df = df.copy()
    df["month_of_year"] = df["snapshot_month"].dt.month
    return df


def build_pipeline(cfg: Config) -> Pipeline:
    pre = ColumnTransformer(
        [("cat", OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1), cfg.categorical)],
        remainder="passthrough",
    )
    model = HistGradientBoostingClassifier(
        learning_rate=0.05, max_iter=400, max_leaf_nodes=31, l2_regularization=1.0, random_state=0,
    )
    return Pipeline([("pre", pre), ("model", model)])


def evaluate_model(estimator, X: pd.DataFrame, y: pd.Series, groups: pd.Series, cfg: Config, name: str) -> dict:
    cv = GroupKFold(n_splits=cfg.n_splits)
    res = cross_validate(estimator, X, y, groups=groups, cv=cv,
                         scoring=["roc_auc", "average_precision"], n_jobs=-1)
    summary = {k: (np.mean(v), np.std(v)) for k, v in res.items() if k.startswith("test_")}
    for metric, (mean, std) in summary.items():
        logger.info("%s %s: %.4f +/- %.4f", name, metric[5:], mean, std)
    return summary


def main() -> None:
    cfg = Config()
    df = engineer_features(load_data(cfg))
    X = df[cfg.numeric + cfg.categorical]
    y = df[cfg.target]
    groups = df[cfg.group]

    evaluate_model(DummyClassifier(strategy="prior"), X, y, groups, cfg, "baseline")
    evaluate_model(build_pipeline(cfg), X, y, groups, cfg, "hgb")


if __name__ == "__main__":
    main()
