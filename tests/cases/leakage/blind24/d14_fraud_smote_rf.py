"""
Card-fraud take-home: random forest with SMOTE.

Fraud is ~3% of transactions. SMOTE is applied to the training split only;
the test split keeps its natural class balance so the metrics are honest.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
from imblearn.over_sampling import SMOTE
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import average_precision_score, classification_report, roc_auc_score
from sklearn.model_selection import train_test_split

logging.basicConfig(level=logging.INFO, format="%(asctime)s | %(levelname)s | %(message)s")
logger = logging.getLogger("fraud")


@dataclass
class Config:
    data_path: Path = Path("train.csv")
    target: str = "is_fraud"
    id_column: str = "transaction_id"
    leaky_columns: tuple[str, ...] = ("chargeback_flag",)
    test_size: float = 0.25
    seed: int = 17


def load_data(cfg: Config) -> pd.DataFrame:
    df = pd.read_csv(cfg.data_path, parse_dates=["tx_time"])
    logger.info("Loaded %d transactions (fraud rate %.2f%%)", len(df), 100 * df[cfg.target].mean())
    return df


def engineer_features(df: pd.DataFrame, cfg: Config) -> pd.DataFrame:
    """Stateless transformations; safe to run before the split."""
    out = df.sort_values("tx_time").copy()
    out["tx_hour"] = out["tx_time"].dt.hour
    out["is_night"] = out["tx_hour"].between(0, 5).astype(int)
    out["is_weekend"] = (out["tx_time"].dt.dayofweek >= 5).astype(int)
    out["log_amount"] = np.log1p(out["amount"])
    out["amount_vs_30d"] = out["amount"] / (out["avg_amount_30d"] + 1.0)
    out = pd.get_dummies(out, columns=["merchant_category", "device_type"], dtype=int)
    return out.drop(columns=["tx_time", cfg.id_column, *cfg.leaky_columns])


def train_model(X: pd.DataFrame, y: pd.Series, cfg: Config) -> RandomForestClassifier:
    X_res, y_res = SMOTE(random_state=cfg.seed, k_neighbors=5).fit_resample(X, y)
    logger.info("SMOTE: %d -> %d training rows", len(X), len(X_res))
    model = RandomForestClassifier(n_estimators=400, max_depth=12, min_samples_leaf=5,
                                   n_jobs=-1, random_state=cfg.seed)
    return model.fit(X_res, y_res)


def evaluate_model(name: str, model, X: pd.DataFrame, y: pd.Series) -> None:
    proba = model.predict_proba(X)[:, 1]
    logger.info("%s: ROC AUC %.4f | PR AUC %.4f", name, roc_auc_score(y, proba), average_precision_score(y, proba))
    logger.info("\n%s", classification_report(y, (proba >= 0.5).astype(int), digits=3, zero_division=0))


def main() -> None:
    cfg = Config()
    df = engineer_features(load_data(cfg), cfg)
    X, y = df.drop(columns=cfg.target), df[cfg.target]
    X_train, X_test, y_train, y_test = train_test_split(
        X, y, test_size=cfg.test_size, stratify=y, random_state=cfg.seed
    )

    baseline = DummyClassifier(strategy="stratified", random_state=cfg.seed).fit(X_train, y_train)
    evaluate_model("Baseline", baseline, X_test, y_test)

    model = train_model(X_train, y_train, cfg)
    evaluate_model("RandomForest+SMOTE", model, X_test, y_test)


if __name__ == "__main__":
    main()
