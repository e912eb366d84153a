"""
Fraud take-home: univariate feature selection + logistic regression,
evaluated with stratified 5-fold cross-validation.

All fitted steps (imputer, scaler, SelectKBest, model) sit inside one
Pipeline so that each CV fold refits them on its own training rows.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Dict, List

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.feature_selection import SelectKBest, mutual_info_classif
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_validate
from sklearn.pipeline import Pipeline

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
logger = logging.getLogger("fraud-cv")


class Config:
    path: Path = Path("train.csv")
    target: str = "is_fraud"
    ignore: List[str] = ["transaction_id", "chargeback_flag"]
    k_best: int = 15
    n_folds: int = 5
    seed: int = 8


def load_data(cfg: Config) -> pd.DataFrame:
    return pd.read_csv(cfg.path)


def engineer_features(df: pd.DataFrame, cfg: Config) -> tuple[pd.DataFrame, pd.Series]:
    df = df.drop(columns=cfg.ignore)
    df["log_amount"] = np.log1p(df["amount"])
    df["high_velocity"] = (df["velocity_1h"] >= 3).astype(int)
    df["far_from_home"] = (df["distance_from_home_km"] > 100).astype(int)
    df = pd.get_dummies(df, columns=["merchant_category", "device_type"], dtype=float)
    y = df.pop(cfg.target)
    return df, y


def build_pipeline(cfg: Config) -> Pipeline:
    from sklearn.preprocessing import StandardScaler

    return Pipeline([
        ("impute", SimpleImputer(strategy="median")),
        ("scale", StandardScaler()),
        ("select", SelectKBest(score_func=mutual_info_classif, k=cfg.k_best)),
        ("model", LogisticRegression(max_iter=3000, class_weight="balanced")),
    ])


def evaluate_model(estimator, X: pd.DataFrame, y: pd.Series, cfg: Config) -> Dict[str, float]:
    cv = StratifiedKFold(n_splits=cfg.n_folds, shuffle=True, random_state=cfg.seed)
    res = cross_validate(estimator, X, y, cv=cv, scoring=["roc_auc", "average_precision"])
    return {m: float(np.mean(res[f"test_{m}"])) for m in ("roc_auc", "average_precision")}


def main() -> None:
    cfg = Config()
    X, y = engineer_features(load_data(cfg), cfg)
    logger.info("X: %s, fraud rate %.3f", X.shape, y.mean())

    base = evaluate_model(DummyClassifier(strategy="prior"), X, y, cfg)
    model = evaluate_model(build_pipeline(cfg), X, y, cfg)
    logger.info("baseline: %s", base)
    logger.info("pipeline: %s", model)


if __name__ == "__main__":
    main()
