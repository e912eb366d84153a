"""Fraud detector (card-fraud task) - random forest with minority oversampling.

Pasted together from: config.py, data.py, features.py, sampling.py, split.py, models.py,
evaluate.py and main.py.
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from typing import Callable, Dict, List, Tuple

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import average_precision_score, f1_score, roc_auc_score
from sklearn.model_selection import StratifiedShuffleSplit

LOGGER = logging.getLogger("fraud.rf")


# config.py ---------------------------------------------------------------------
@dataclass(frozen=True)
class FraudConfig:
    target: str
    id_column: str
    leaky_columns: Tuple[str, ...]
    dup_factor: int = 8
    holdout: float = 0.2
    seed: int = 99


def get_config(path: str = "task.json") -> FraudConfig:
    with open(path) as fh:
        t = json.load(fh)
    return FraudConfig(target=t["target"], id_column=t["id_column"], leaky_columns=tuple(t["leaky_columns"]))


# data.py -----------------------------------------------------------------------
def read_transactions(path: str, cfg: FraudConfig) -> pd.DataFrame:
    df = pd.read_csv(path)
    return df.drop(columns=[c for c in cfg.leaky_columns if c in df.columns])


# features.py -------------------------------------------------------------------
MCC_CODES = {"grocery": 0, "fuel": 1, "travel": 2, "electronics": 3, "online": 4, "restaurant": 5}

FEATURE_FUNCS: Dict[str, Callable[[pd.DataFrame], pd.Series]] = {
    "amount": lambda d: d["amount"],
    "hour": lambda d: d["hour"],
    "card_present": lambda d: d["card_present"],
    "distance_from_home_km": lambda d: d["distance_from_home_km"],
    "txn_count_24h": lambda d: d["txn_count_24h"],
    "country_mismatch": lambda d: d["country_mismatch"],
    "card_age_days": lambda d: d["card_age_days"],
    "mcc": lambda d: d["merchant_category"].map(MCC_CODES).fillna(-1),
    "amount_per_txn": lambda d: d["amount"] / (d["txn_count_24h"] + 1),
}


def features(df: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame({n: f(df) for n, f in FEATURE_FUNCS.items()}, index=df.index)


# sampling.py -------------------------------------------------------------------
def oversample(df: pd.DataFrame, cfg: FraudConfig) -> pd.DataFrame:
    """Duplicate every fraud row `dup_factor` times (cheap alternative to SMOTE)."""
    fraud = df[df[cfg.target] == 1]
    boosted = pd.concat([df] + [fraud] * (cfg.dup_factor - 1), ignore_index=True)
    LOGGER.info("oversample: fraud share %.3f -> %.3f", df[cfg.target].mean(), boosted[cfg.target].mean())
    return boosted


# split.py ----------------------------------------------------------------------
def holdout_split(df: pd.DataFrame, cfg: FraudConfig) -> Tuple[pd.DataFrame, pd.DataFrame]:
    sss = StratifiedShuffleSplit(n_splits=1, test_size=cfg.holdout, random_state=cfg.seed)
    tr, ho = next(sss.split(df, df[cfg.target]))
    return df.iloc[tr], df.iloc[ho]


# models.py ---------------------------------------------------------------------
def forest(cfg: FraudConfig) -> RandomForestClassifier:
    return RandomForestClassifier(n_estimators=400, min_samples_leaf=3, max_features="sqrt",
                                  n_jobs=-1, random_state=cfg.seed)


def baseline(cfg: FraudConfig) -> DummyClassifier:
    return DummyClassifier(strategy="stratified", random_state=cfg.seed)


# evaluate.py -------------------------------------------------------------------
def evaluate(model, df: pd.DataFrame, cfg: FraudConfig) -> Dict[str, float]:
    p = model.predict_proba(features(df))[:, 1]
    y = df[cfg.target]
    return {"average_precision": average_precision_score(y, p), "roc_auc": roc_auc_score(y, p),
            "f1@0.5": f1_score(y, (p >= 0.5).astype(int), zero_division=0)}


# main.py -----------------------------------------------------------------------
def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    cfg = get_config()
    data = read_transactions("train.csv", cfg)

    train, holdout = holdout_split(data, cfg)
    train = oversample(train, cfg)

    report = {}
    for name, factory in (("baseline", baseline), ("forest", forest)):
        model = factory(cfg).fit(features(train), train[cfg.target])
        report[name] = evaluate(model, holdout, cfg)
        LOGGER.info("%-8s %s", name, {k: round(v, 4) for k, v in report[name].items()})

    full = oversample(data, cfg)
    final = forest(cfg).fit(features(full), full[cfg.target])
    test = pd.read_csv("test.csv")
    pd.DataFrame({cfg.id_column: test[cfg.id_column],
                  "prediction": final.predict_proba(features(test))[:, 1]}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
