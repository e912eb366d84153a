"""
Churn take-home: predict whether a customer churns next month from monthly
account snapshots.

Approach
--------
1. Load the snapshot table and parse the snapshot month.
2. Build a handful of row-wise features (ratios, log transforms, date parts).
3. Hold out the most recent months as the test period, and keep only customers
   that never appear in the training period, so the score reflects customers
   the model has never seen.
4. Fit a scaled logistic regression and compare it with a prior-rate baseline.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
logger = logging.getLogger("churn")


@dataclass
class Config:
    data_dir: Path = Path(".")
    train_file: str = "train.csv"
    target: str = "churned_next_month"
    time_column: str = "snapshot_month"
    group_column: str = "customer_id"
    id_column: str = "snapshot_id"
    leaky_columns: list[str] = field(
        default_factory=lambda: ["retention_offer_accepted", "account_closed_date_known"]
    )
    numeric_features: list[str] = field(
        default_factory=lambda: [
            "tenure_months", "monthly_spend", "support_tickets", "logins_last_30d",
            "late_payments", "num_products", "discount_pct",
            "spend_per_product", "tickets_per_login", "log_tenure",
        ]
    )
    categorical_features: list[str] = field(
        default_factory=lambda: ["plan_type", "contract_type", "region"]
    )
    test_start: str = "2023-07-01"
    random_state: int = 42


def load_data(cfg: Config) -> pd.DataFrame:
    path = cfg.data_dir / cfg.train_file
    logger.info("Loading %s", path)
    df = pd.read_csv(path, parse_dates=[cfg.time_column])
    logger.info("Loaded %d rows for %d customers", len(df), df[cfg.group_column].nunique())
    return df


def engineer_features(df: pd.DataFrame) -> pd.DataFrame:
    """Row-wise features only: each value depends on its own row."""
    out = df.copy()
    out["spend_per_product"] = out["monthly_spend"] / out["num_products"].clip(lower=1)
    out["tickets_per_login"] = out["support_tickets"] / (out["logins_last_30d"] + 1)
    out["log_tenure"] = np.log1p(out["tenure_months"])
    return out


def split_by_time_and_customer(df: pd.DataFrame, cfg: Config) -> tuple[pd.DataFrame, pd.DataFrame]:
    cutoff = pd.Timestamp(cfg.test_start)
    train = df[df[cfg.time_column] < cutoff]
    test = df[df[cfg.time_column] >= cutoff]
    seen_customers = set(train[cfg.group_column].unique())
    test = test[~test[cfg.group_column].isin(seen_customers)]
    logger.info("Train: %d rows up to %s | Test: %d rows of unseen customers",
                len(train), cutoff.date(), len(test))
    return train, test


def build_model(cfg: Config) -> Pipeline:
    preprocess = ColumnTransformer(
        transformers=[
            ("num", StandardScaler(), cfg.numeric_features),
            ("cat", OneHotEncoder(handle_unknown="ignore"), cfg.categorical_features),
        ]
    )
    clf = LogisticRegression(max_iter=2000, class_weight="balanced", C=0.5)
    return Pipeline([("preprocess", preprocess), ("clf", clf)])


def evaluate_model(name: str, y_true: pd.Series, proba: np.ndarray) -> dict[str, float]:
    scores = {
        "roc_auc": roc_auc_score(y_true, proba),
        "average_precision": average_precision_score(y_true, proba),
    }
    logger.info("%-12s ROC AUC %.4f | PR AUC %.4f", name, scores["roc_auc"], scores["average_precision"])
    return scores


def main() -> None:
    cfg = Config()
    df = engineer_features(load_data(cfg))
    features = cfg.numeric_features + cfg.categorical_features

    train, test = split_by_time_and_customer(df, cfg)
    X_train, y_train = train[features], train[cfg.target]
    X_test, y_test = test[features], test[cfg.target]

    baseline = DummyClassifier(strategy="prior").fit(X_train, y_train)
    evaluate_model("baseline", y_test, baseline.predict_proba(X_test)[:, 1])

    model = build_model(cfg).fit(X_train, y_train)
    evaluate_model("logreg", y_test, model.predict_proba(X_test)[:, 1])


if __name__ == "__main__":
    main()
