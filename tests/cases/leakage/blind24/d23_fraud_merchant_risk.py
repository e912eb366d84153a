"""
Fraud take-home: random forest with merchant / device risk scores.

Risk scores capture how often each merchant category and device type is
involved in fraud, which is usually one of the strongest signals.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import List

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score
from sklearn.model_selection import train_test_split

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
logger = logging.getLogger("fraud.rf")


class Config:
    path = Path("train.csv")
    target = "is_fraud"
    risk_keys = ["merchant_category", "device_type"]
    base_features = ["amount", "card_present", "customer_age", "country_mismatch",
                     "velocity_1h", "velocity_24h", "avg_amount_30d", "distance_from_home_km"]
    seed = 31


def load_data(cfg: Config) -> pd.DataFrame:
    df = pd.read_csv(cfg.path)
    logger.info("%d rows", len(df))
    return df


def add_risk_scores(df: pd.DataFrame, keys: List[str], label: str) -> pd.DataFrame:
    out = df.copy()
    for key in keys:
        out[f"{key}_risk"] = out.groupby(key)[label].transform("mean")
    return out


def engineer_features(df: pd.DataFrame, cfg: Config) -> tuple[pd.DataFrame, List[str]]:
    out = add_risk_scores(df, cfg.risk_keys, cfg.target)
    out["log_amount"] = np.log1p(out["amount"])
    out["amount_ratio"] = out["amount"] / (out["avg_amount_30d"] + 1)
    features = cfg.base_features + ["log_amount", "amount_ratio"] + [f"{k}_risk" for k in cfg.risk_keys]
    return out, features


def train_model(X: pd.DataFrame, y: pd.Series, cfg: Config) -> RandomForestClassifier:
    rf = RandomForestClassifier(n_estimators=300, max_depth=14, class_weight="balanced",
                                n_jobs=-1, random_state=cfg.seed)
    return rf.fit(X, y)


def evaluate_model(model, X: pd.DataFrame, y: pd.Series, name: str) -> float:
    acc = accuracy_score(y, model.predict(X))
    logger.info("%s accuracy: %.4f", name, acc)
    return acc


def main() -> None:
    cfg = Config()
    df, features = engineer_features(load_data(cfg), cfg)
    train, test = train_test_split(df, test_size=0.2, stratify=df[cfg.target], random_state=cfg.seed)

    model = train_model(train[features], train[cfg.target], cfg)
    majority = DummyClassifier(strategy="most_frequent").fit(train[features], train[cfg.target])

    evaluate_model(majority, test[features], test[cfg.target], "majority-class baseline")
    evaluate_model(model, test[features], test[cfg.target], "random forest")


if __name__ == "__main__":
    main()
