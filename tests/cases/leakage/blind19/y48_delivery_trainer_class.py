"""Delivery delay trainer: a small class around make_features(df, stats) and cloned estimators."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

import numpy as np
import pandas as pd
from sklearn.base import clone
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import ExtraTreesRegressor
from sklearn.metrics import mean_absolute_error


@dataclass
class TaskSpec:
    target: str = "delay_min"
    time_col: str = "order_ts"
    courier_col: str = "courier_id"
    excluded: list[str] = field(default_factory=lambda: ["order_id", "courier_rating_after", "restaurant_id"])
    test_start: str = "2024-03-20"


def make_features(df: pd.DataFrame, stats: Optional[dict] = None) -> tuple[pd.DataFrame, dict]:
    """Fit-or-apply feature builder: pass stats=None only for the training frame."""
    if stats is None:
        stats = {
            "prep_median": df["prep_time_est_min"].median(),
            "dist_mean": df["distance_km"].mean(),
            "dist_std": df["distance_km"].std(),
            "zones": sorted(df["zone"].dropna().unique()),
        }
    X = pd.DataFrame(index=df.index)
    X["dist_z"] = (df["distance_km"] - stats["dist_mean"]) / stats["dist_std"]
    X["prep"] = df["prep_time_est_min"].fillna(stats["prep_median"])
    X["items"] = df["n_items"]
    X["hour"] = df["order_ts"].dt.hour
    X["rain"] = df["weather"].eq("rain").astype(int)
    for z in stats["zones"]:
        X[f"zone_{z}"] = df["zone"].eq(z).astype(int)
    return X, stats


class Trainer:
    def __init__(self, spec: TaskSpec, estimators: dict[str, object]):
        self.spec = spec
        self.estimators = estimators
        self.fitted_: dict[str, object] = {}

    def split(self, df: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
        s = self.spec
        df = df.drop(columns=s.excluded)
        train = df[df[s.time_col] < s.test_start]
        test = df[df[s.time_col] >= s.test_start]
        return train, test[~test[s.courier_col].isin(train[s.courier_col].unique())]

    def run(self, df: pd.DataFrame) -> pd.DataFrame:
        train, test = self.split(df)
        X_tr, stats = make_features(train)
        X_te, _ = make_features(test, stats)
        y_tr, y_te = train[self.spec.target], test[self.spec.target]
        rows = {}
        for name, est in self.estimators.items():
            model = clone(est).fit(X_tr, y_tr)
            self.fitted_[name] = model
            pred = model.predict(X_te)
            rows[name] = {"mae": mean_absolute_error(y_te, pred),
                          "bias": float(np.mean(pred - y_te))}
        return pd.DataFrame(rows).T


def main() -> None:
    df = pd.read_csv("data/orders.csv", parse_dates=["order_ts"])
    trainer = Trainer(TaskSpec(), {
        "mean_baseline": DummyRegressor(),
        "extra_trees": ExtraTreesRegressor(n_estimators=400, min_samples_leaf=5, n_jobs=-1, random_state=0),
    })
    print(trainer.run(df).round(3))


if __name__ == "__main__":
    main()
