"""Churn take-home: logistic regression on standardised snapshot features.

Module section (helpers) first, run section at the bottom.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import List, Tuple

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.preprocessing import StandardScaler

logging.basicConfig(level=logging.INFO)
logger = logging.getLogger(__name__)


# --------------------------------------------------------------------------- #
# Module
# --------------------------------------------------------------------------- #
class Config:
    DATA_PATH = Path("train.csv")
    TARGET = "churned_next_month"
    TIME_COL = "snapshot_month"
    GROUP_COL = "customer_id"
    NUMERIC_FEATURES = [
        "tenure_months", "monthly_spend", "support_tickets", "logins_last_30d",
        "late_payments", "num_products", "discount_pct",
    ]
    CATEGORICAL_FEATURES = ["plan_type", "contract_type", "region"]
    TEST_MONTHS = 3
    SEED = 7


def load_data(path: Path) -> pd.DataFrame:
    df = pd.read_csv(path)
    df[Config.TIME_COL] = pd.to_datetime(df[Config.TIME_COL])
    return df.sort_values([Config.TIME_COL, Config.GROUP_COL]).reset_index(drop=True)


def engineer_features(df: pd.DataFrame) -> Tuple[pd.DataFrame, List[str]]:
    """Add interaction features, one-hot encode categoricals, standardise numerics."""
    out = df.copy()
    out["spend_per_product"] = out["monthly_spend"] / out["num_products"].clip(lower=1)
    out["tickets_x_late"] = out["support_tickets"] * out["late_payments"]
    numeric = Config.NUMERIC_FEATURES + ["spend_per_product", "tickets_x_late"]

    # Put every numeric column on the same scale so the L2 penalty treats them equally.
    scaler = StandardScaler()
    out[numeric] = scaler.fit_transform(out[numeric])

    dummies = pd.get_dummies(out[Config.CATEGORICAL_FEATURES], dtype=float)
    out = pd.concat([out, dummies], axis=1)
    return out, numeric + list(dummies.columns)


def split_data(df: pd.DataFrame) -> Tuple[pd.DataFrame, pd.DataFrame]:
    """Last TEST_MONTHS months for testing, restricted to customers new in that period."""
    months = np.sort(df[Config.TIME_COL].unique())
    test_start = months[-Config.TEST_MONTHS]
    train = df[df[Config.TIME_COL] < test_start]
    test = df[df[Config.TIME_COL] >= test_start]
    known = train[Config.GROUP_COL].unique()
    test = test.loc[~test[Config.GROUP_COL].isin(known)]
    logger.info("train=%d rows, test=%d rows (from %s)", len(train), len(test), str(test_start)[:10])
    return train, test


def train_model(X: pd.DataFrame, y: pd.Series) -> LogisticRegression:
    model = LogisticRegression(max_iter=3000, C=0.3, class_weight="balanced", random_state=Config.SEED)
    model.fit(X, y)
    return model


def evaluate_model(model, X: pd.DataFrame, y: pd.Series, label: str) -> None:
    proba = model.predict_proba(X)[:, 1]
    logger.info("[%s] ROC AUC=%.4f  PR AUC=%.4f", label,
                roc_auc_score(y, proba), average_precision_score(y, proba))


# --------------------------------------------------------------------------- #
# Run
# --------------------------------------------------------------------------- #
def main() -> None:
    raw = load_data(Config.DATA_PATH)
    data, feature_cols = engineer_features(raw)
    train, test = split_data(data)

    X_train, y_train = train[feature_cols], train[Config.TARGET]
    X_test, y_test = test[feature_cols], test[Config.TARGET]

    dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)
    evaluate_model(dummy, X_test, y_test, "prior baseline")

    model = train_model(X_train, y_train)
    evaluate_model(model, X_test, y_test, "logistic regression")

    coefs = pd.Series(model.coef_[0], index=feature_cols).sort_values()
    logger.info("Most protective features:\n%s", coefs.head(5))
    logger.info("Strongest churn drivers:\n%s", coefs.tail(5))


if __name__ == "__main__":
    main()
