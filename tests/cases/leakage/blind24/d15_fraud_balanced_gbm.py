"""
Fraud detection take-home.

Pipeline:
  * load transactions, encode categoricals
  * balance the classes with SMOTE (fraud is rare)
  * hold out 20% for testing, train gradient boosting
  * compare to a majority-class dummy
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Tuple

import numpy as np
import pandas as pd
from imblearn.over_sampling import SMOTE
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import accuracy_score
from sklearn.model_selection import train_test_split

logger = logging.getLogger("fraud_gbm")


class Config:
    DATA_DIR = Path(__file__).resolve().parent
    TRAIN_FILE = DATA_DIR / "train.csv"
    TARGET = "is_fraud"
    DROP = ["transaction_id", "chargeback_flag"]
    CATEGORICAL = ["merchant_category", "device_type"]
    RANDOM_STATE = 5


def load_data(path: Path = Config.TRAIN_FILE) -> pd.DataFrame:
    return pd.read_csv(path).drop(columns=Config.DROP)


def engineer_features(df: pd.DataFrame) -> Tuple[pd.DataFrame, pd.Series]:
    df = df.copy()
    df["log_amount"] = np.log1p(df["amount"])
    df["velocity_ratio"] = df["velocity_1h"] / (df["velocity_24h"] + 1)
    df = pd.get_dummies(df, columns=Config.CATEGORICAL, drop_first=True, dtype=int)
    y = df.pop(Config.TARGET)
    return df, y


def balance_dataset(X: pd.DataFrame, y: pd.Series) -> Tuple[pd.DataFrame, pd.Series]:
    """Oversample the fraud class so the learner does not ignore it."""
    smote = SMOTE(sampling_strategy=0.5, random_state=Config.RANDOM_STATE)
    X_bal, y_bal = smote.fit_resample(X, y)
    logger.info("balanced: %d rows, fraud share %.2f", len(y_bal), y_bal.mean())
    return X_bal, y_bal


def train_model(X: pd.DataFrame, y: pd.Series) -> GradientBoostingClassifier:
    model = GradientBoostingClassifier(n_estimators=250, learning_rate=0.08, max_depth=4,
                                       random_state=Config.RANDOM_STATE)
    model.fit(X, y)
    return model


def evaluate_model(model, X: pd.DataFrame, y: pd.Series) -> float:
    return accuracy_score(y, model.predict(X))


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    X, y = engineer_features(load_data())
    X_bal, y_bal = balance_dataset(X, y)
    X_train, X_test, y_train, y_test = train_test_split(
        X_bal, y_bal, test_size=0.2, random_state=Config.RANDOM_STATE, stratify=y_bal
    )

    dummy = DummyClassifier(strategy="most_frequent").fit(X_train, y_train)
    model = train_model(X_train, y_train)

    logger.info("Dummy accuracy:    %.4f", evaluate_model(dummy, X_test, y_test))
    logger.info("GBM accuracy:      %.4f", evaluate_model(model, X_test, y_test))


if __name__ == "__main__":
    main()
