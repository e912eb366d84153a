"""ETA regression - config-driven, post-trip columns removed up front.

`dropoff_time`, `actual_distance_km` and `fare_final` are written when the trip ends,
so they are excluded by the schema below rather than by hand in each step.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer, make_column_selector
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.impute import SimpleImputer
from sklearn.metrics import mean_absolute_error, r2_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder


@dataclass
class Schema:
    target: str = "eta_minutes"
    time_col: str = "pickup_time"
    group_col: str = "driver_id"
    id_col: str = "trip_id"
    post_trip: list = field(default_factory=lambda: ["dropoff_time", "actual_distance_km", "fare_final"])

    @property
    def never_features(self) -> list:
        return [self.target, self.id_col, self.time_col, self.group_col, *self.post_trip]


SCHEMA = Schema()
CUTOFF = pd.Timestamp("2023-10-01")
MODEL_PARAMS = {"max_iter": 500, "learning_rate": 0.05, "max_leaf_nodes": 31, "random_state": 1}


def load(path: Path) -> pd.DataFrame:
    df = pd.read_csv(path, parse_dates=[SCHEMA.time_col])
    df["hour"] = df[SCHEMA.time_col].dt.hour
    df["dow"] = df[SCHEMA.time_col].dt.dayofweek
    return df


def feature_frame(df: pd.DataFrame) -> pd.DataFrame:
    return df.drop(columns=[c for c in SCHEMA.never_features if c in df.columns])


def make_model() -> Pipeline:
    pre = ColumnTransformer([
        ("num", SimpleImputer(strategy="median"), make_column_selector(dtype_include="number")),
        ("cat", OneHotEncoder(handle_unknown="ignore"), make_column_selector(dtype_include="object")),
    ])
    return Pipeline([("pre", pre), ("hgb", HistGradientBoostingRegressor(**MODEL_PARAMS))])


def split(df: pd.DataFrame):
    tr = df[df[SCHEMA.time_col] < CUTOFF]
    te = df[df[SCHEMA.time_col] >= CUTOFF]
    te = te[~te[SCHEMA.group_col].isin(tr[SCHEMA.group_col].unique())]
    return tr, te


class Evaluator:
    def __init__(self, y_true: pd.Series):
        self.y_true = y_true
        self.rows = []

    def add(self, name: str, y_pred) -> None:
        self.rows.append({"model": name,
                          "mae": mean_absolute_error(self.y_true, y_pred),
                          "r2": r2_score(self.y_true, y_pred)})

    def table(self) -> pd.DataFrame:
        return pd.DataFrame(self.rows).set_index("model")


def main() -> None:
    df = load(Path("train.csv"))
    train, test = split(df)
    X_tr, y_tr = feature_frame(train), train[SCHEMA.target]
    X_te, y_te = feature_frame(test), test[SCHEMA.target]
    print("features:", list(X_tr.columns))

    ev = Evaluator(y_te)
    ev.add("baseline_mean", DummyRegressor().fit(X_tr, y_tr).predict(X_te))
    ev.add("hgb", make_model().fit(X_tr, y_tr).predict(X_te))
    print(ev.table())
    Path("metrics.json").write_text(ev.table().to_json(orient="index"))

    sub = load(Path("test.csv"))
    final = make_model().fit(feature_frame(df), df[SCHEMA.target])
    pd.DataFrame({SCHEMA.id_col: sub[SCHEMA.id_col], "prediction": final.predict(feature_frame(sub))}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
