"""card-fraud: importance-based feature pruning + gradient boosting.

Flattened project: Config / load / feature registry / selector factory / split / model factories /
evaluate / main.
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Callable, Dict, List, Tuple

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import ExtraTreesClassifier, HistGradientBoostingClassifier
from sklearn.feature_selection import SelectFromModel
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import cross_validate, StratifiedKFold, train_test_split
from sklearn.pipeline import Pipeline

log = logging.getLogger("fraud.sfm")


@dataclass(frozen=True)
class Config:
    target: str
    id_column: str
    leaky_columns: Tuple[str, ...]
    threshold: str = "median"
    seed: int = 12


def load_config(path: str = "task.json") -> Config:
    t = json.load(open(path))
    return Config(t["target"], t["id_column"], tuple(t["leaky_columns"]))


def load(path: str, cfg: Config) -> pd.DataFrame:
    return pd.read_csv(path).drop(columns=list(cfg.leaky_columns), errors="ignore")


FEATURES: Dict[str, Callable[[pd.DataFrame], pd.Series]] = {
    "amount": lambda d: d["amount"],
    "log_amount": lambda d: np.log1p(d["amount"]),
    "hour": lambda d: d["hour"],
    "is_night": lambda d: (d["hour"] < 6).astype(int),
    "card_present": lambda d: d["card_present"],
    "distance_from_home_km": lambda d: d["distance_from_home_km"],
    "txn_count_24h": lambda d: d["txn_count_24h"],
    "country_mismatch": lambda d: d["country_mismatch"],
    "card_age_days": lambda d: d["card_age_days"],
    "young_card_far": lambda d: ((d["card_age_days"] < 60) & (d["distance_from_home_km"] > 200)).astype(int),
    "amount_x_mismatch": lambda d: d["amount"] * d["country_mismatch"],
}


def design(df: pd.DataFrame) -> pd.DataFrame:
    X = pd.DataFrame({n: f(df) for n, f in FEATURES.items()}, index=df.index)
    return X.join(pd.get_dummies(df["merchant_category"], prefix="mcc", dtype=int))


def selector(cfg: Config) -> SelectFromModel:
    return SelectFromModel(ExtraTreesClassifier(n_estimators=200, random_state=cfg.seed, n_jobs=-1),
                           threshold=cfg.threshold)


def split(X: pd.DataFrame, y: pd.Series, cfg: Config):
    return train_test_split(X, y, test_size=0.2, stratify=y, random_state=cfg.seed)


FACTORIES: Dict[str, Callable[[Config], Pipeline]] = {
    "baseline": lambda c: Pipeline([("clf", DummyClassifier(strategy="prior"))]),
    "sfm_hgb": lambda c: Pipeline([("select", selector(c)),
                                   ("clf", HistGradientBoostingClassifier(max_iter=300, random_state=c.seed))]),
}


def evaluate(model, X: pd.DataFrame, y: pd.Series) -> Dict[str, float]:
    p = model.predict_proba(X)[:, 1]
    return {"average_precision": float(average_precision_score(y, p)), "roc_auc": float(roc_auc_score(y, p))}


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    cfg = load_config()
    df = load("train.csv", cfg)
    X, y = design(df), df[cfg.target]
    X_tr, X_te, y_tr, y_te = split(X, y, cfg)

    cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=cfg.seed)
    for name, make in FACTORIES.items():
        cvres = cross_validate(make(cfg), X_tr, y_tr, cv=cv, scoring=["average_precision", "roc_auc"])
        log.info("%s cv AP=%.4f AUC=%.4f", name, cvres["test_average_precision"].mean(), cvres["test_roc_auc"].mean())

    held_out = {name: evaluate(make(cfg).fit(X_tr, y_tr), X_te, y_te) for name, make in FACTORIES.items()}
    log.info("held-out test: %s", held_out)

    final = FACTORIES["sfm_hgb"](cfg).fit(X, y)
    test = load("test.csv", cfg)
    X_test = design(test).reindex(columns=X.columns, fill_value=0)
    pd.DataFrame({cfg.id_column: test[cfg.id_column], "prediction": final.predict_proba(X_test)[:, 1]}) \
        .to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
