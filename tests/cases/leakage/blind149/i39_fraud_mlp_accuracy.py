"""card-fraud: small MLP on scaled numeric features (project flattened into one script).

config -> loading -> feature registry -> split -> model factories -> evaluation -> main
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Callable, Dict, List, Tuple

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.metrics import accuracy_score
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, QuantileTransformer

log = logging.getLogger("fraud.mlp")


@dataclass(frozen=True)
class Config:
    target: str
    id_column: str
    leaky_columns: Tuple[str, ...]
    hidden: Tuple[int, ...] = (64, 32)
    seed: int = 3


def load_config(path: str = "task.json") -> Config:
    raw = json.load(open(path))
    return Config(raw["target"], raw["id_column"], tuple(raw["leaky_columns"]))


def load(path: str) -> pd.DataFrame:
    return pd.read_csv(path)


REGISTRY: Dict[str, Callable[[pd.DataFrame], pd.Series]] = {
    "amount": lambda d: d["amount"],
    "hour_sin": lambda d: np.sin(2 * np.pi * d["hour"] / 24),
    "hour_cos": lambda d: np.cos(2 * np.pi * d["hour"] / 24),
    "card_present": lambda d: d["card_present"],
    "distance_from_home_km": lambda d: d["distance_from_home_km"],
    "txn_count_24h": lambda d: d["txn_count_24h"],
    "country_mismatch": lambda d: d["country_mismatch"],
    "card_age_days": lambda d: d["card_age_days"],
}
NUMERIC: List[str] = list(REGISTRY)


def build(d: pd.DataFrame) -> pd.DataFrame:
    X = pd.DataFrame({k: f(d) for k, f in REGISTRY.items()}, index=d.index)
    X["merchant_category"] = d["merchant_category"]
    return X


def split(X: pd.DataFrame, y: pd.Series, seed: int):
    return train_test_split(X, y, test_size=0.3, stratify=y, random_state=seed)


def _prep() -> ColumnTransformer:
    return ColumnTransformer([("num", QuantileTransformer(output_distribution="normal", n_quantiles=200), NUMERIC),
                              ("cat", OneHotEncoder(handle_unknown="ignore"), ["merchant_category"])])


FACTORIES: Dict[str, Callable[[Config], Pipeline]] = {
    "mlp": lambda c: Pipeline([("prep", _prep()),
                               ("clf", MLPClassifier(hidden_layer_sizes=c.hidden, alpha=1e-3, early_stopping=True,
                                                     max_iter=300, random_state=c.seed))]),
}


def evaluate(model: Pipeline, X: pd.DataFrame, y: pd.Series) -> Dict[str, float]:
    return {"accuracy": accuracy_score(y, model.predict(X))}


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s | %(message)s")
    cfg = load_config()
    df = load("train.csv")
    X, y = build(df), df[cfg.target]
    X_tr, X_te, y_tr, y_te = split(X, y, cfg.seed)

    scores = {}
    for name, make in FACTORIES.items():
        model = make(cfg).fit(X_tr, y_tr)
        scores[name] = evaluate(model, X_te, y_te)
        log.info("%s: %s", name, scores[name])

    final = FACTORIES["mlp"](cfg).fit(X, y)
    test = load("test.csv")
    pd.DataFrame({cfg.id_column: test[cfg.id_column],
                  "prediction": final.predict_proba(build(test))[:, 1]}).to_csv("predictions.csv", index=False)
    json.dump(scores["mlp"], open("metrics.json", "w"), indent=2)


if __name__ == "__main__":
    main()
