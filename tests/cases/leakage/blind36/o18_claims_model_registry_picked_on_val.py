"""Claim severity take-home: small model zoo, pick the best on validation, report it.

Models are registered with a decorator so new candidates are one function away.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import partial
from typing import Callable, Dict

import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import HistGradientBoostingRegressor, RandomForestRegressor
from sklearn.linear_model import HuberRegressor
from sklearn.metrics import mean_absolute_error
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

log = logging.getLogger("claims.zoo")

MODEL_REGISTRY: Dict[str, Callable[[], object]] = {}


def register(name: str):
    def deco(factory: Callable[[], object]):
        MODEL_REGISTRY[name] = factory
        return factory
    return deco


@register("baseline_median")
def _median():
    return DummyRegressor(strategy="median")


@register("huber")
def _huber():
    return make_pipeline(StandardScaler(), HuberRegressor(max_iter=500))


register("forest")(partial(RandomForestRegressor, n_estimators=300, min_samples_leaf=3, random_state=0))
register("hgb")(partial(HistGradientBoostingRegressor, learning_rate=0.05, random_state=0))


@dataclass
class ClaimsData:
    path: str = "train.csv"
    target: str = "claim_amount"

    def load(self) -> pd.DataFrame:
        df = pd.read_csv(self.path, parse_dates=["loss_date"]).sort_values("loss_date")
        df["loss_month"] = df["loss_date"].dt.month
        df["loss_weekday"] = df["loss_date"].dt.weekday
        drop = ["claim_id", "policy_id", "loss_date", "settlement_amount", "adjuster_final_reserve"]
        df = df.drop(columns=drop)
        return pd.get_dummies(df, columns=["vehicle_make", "region", "repair_shop_tier"], dtype=float).fillna(0.0)


class ModelSelectionExperiment:
    def __init__(self, data: ClaimsData, seed: int = 1):
        frame = data.load()
        X, y = frame.drop(columns=[data.target]), frame[data.target]
        X_rest, self.X_test, y_rest, self.y_test = train_test_split(
            X, y, test_size=0.2, random_state=seed)
        self.X_train, self.X_val, self.y_train, self.y_val = train_test_split(
            X_rest, y_rest, test_size=0.25, random_state=seed)
        self.scores: Dict[str, float] = {}
        self.fitted: Dict[str, object] = {}

    def fit_all(self) -> "ModelSelectionExperiment":
        for name, factory in MODEL_REGISTRY.items():
            self.fitted[name] = factory().fit(self.X_train, self.y_train)
        return self

    def compare(self) -> "ModelSelectionExperiment":
        for name, model in self.fitted.items():
            self.scores[name] = mean_absolute_error(self.y_val, model.predict(self.X_val))
            log.info("%-16s validation MAE %.1f", name, self.scores[name])
        return self

    @property
    def best(self) -> str:
        return min(self.scores, key=self.scores.get)

    def final_report(self) -> str:
        # the test split is touched once, after the choice was made on validation
        best = self.best
        test_mae = {name: mean_absolute_error(self.y_test, self.fitted[name].predict(self.X_test))
                    for name in (best, "baseline_median")}
        return (f"selected={best} test MAE={test_mae[best]:.1f} "
                f"(baseline_median {test_mae['baseline_median']:.1f})")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    exp = ModelSelectionExperiment(ClaimsData()).fit_all().compare()
    print(exp.final_report())
