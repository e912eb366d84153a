"""Conversion classifier: Trainer / Evaluator split, one time-based holdout."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Callable, Dict

import joblib
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.impute import SimpleImputer
from sklearn.metrics import accuracy_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder


@dataclass
class Config:
    target: str = "converted"
    time_col: str = "impression_ts"
    id_col: str = "impression_id"
    holdout_frac: float = 0.2
    numeric: list = field(default_factory=lambda: ["bid_floor", "ad_position", "user_prev_clicks_30d",
                                                   "creative_age_days", "hour"])
    categorical: list = field(default_factory=lambda: ["ad_format", "device", "os", "country"])
    rf: dict = field(default_factory=lambda: {"n_estimators": 300, "min_samples_leaf": 20, "n_jobs": -1,
                                              "random_state": 5})


class Trainer:
    def __init__(self, cfg: Config):
        self.cfg = cfg

    def preprocessor(self) -> ColumnTransformer:
        return ColumnTransformer([
            ("num", SimpleImputer(strategy="median"), self.cfg.numeric),
            ("cat", OneHotEncoder(handle_unknown="ignore"), self.cfg.categorical),
        ])

    def models(self) -> Dict[str, Pipeline]:
        return {
            "majority_baseline": Pipeline([("pre", self.preprocessor()),
                                           ("clf", DummyClassifier(strategy="most_frequent"))]),
            "random_forest": Pipeline([("pre", self.preprocessor()),
                                       ("clf", RandomForestClassifier(**self.cfg.rf))]),
        }

    def fit_all(self, X, y) -> Dict[str, Pipeline]:
        return {name: m.fit(X, y) for name, m in self.models().items()}


class Evaluator:
    metrics: Dict[str, Callable] = {"accuracy": accuracy_score}

    def evaluate(self, models: Dict[str, Pipeline], X, y) -> pd.DataFrame:
        rows = {}
        for name, m in models.items():
            pred = m.predict(X)
            rows[name] = {k: fn(y, pred) for k, fn in self.metrics.items()}
        return pd.DataFrame(rows).T


def load(cfg: Config, path: str) -> pd.DataFrame:
    df = pd.read_csv(path, parse_dates=[cfg.time_col])
    df["hour"] = df[cfg.time_col].dt.hour
    return df.sort_values(cfg.time_col).reset_index(drop=True)


def main() -> None:
    cfg = Config()
    df = load(cfg, "train.csv")
    n_test = int(len(df) * cfg.holdout_frac)
    train, test = df.iloc[:-n_test], df.iloc[-n_test:]
    feats = cfg.numeric + cfg.categorical

    fitted = Trainer(cfg).fit_all(train[feats], train[cfg.target])
    table = Evaluator().evaluate(fitted, test[feats], test[cfg.target])
    print(table.round(4))
    with open("metrics.json", "w") as fh:
        json.dump(table.to_dict(orient="index"), fh, indent=2)

    joblib.dump(fitted["random_forest"], "rf.joblib")
    sub = load(cfg, "test.csv")
    pd.DataFrame({cfg.id_col: sub[cfg.id_col],
                  "prediction": fitted["random_forest"].predict_proba(sub[feats])[:, 1]}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
