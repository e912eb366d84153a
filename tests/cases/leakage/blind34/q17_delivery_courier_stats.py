"""Delivery duration model — take-home submission.

Layout follows our internal template: every stage is a function that takes and
returns plain frames, `main()` strings them together, MLflow records the run.
"""
from __future__ import annotations

import argparse
import logging
from pathlib import Path

import joblib
import mlflow
import numpy as np
import pandas as pd
import pandera as pa
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error, median_absolute_error
from xgboost import XGBRegressor

log = logging.getLogger("delivery")

SETTINGS = {
    "columns": {
        "target": "delivery_minutes",
        "time": "order_placed_at",
        "courier": "courier_id",
        "restaurant": "restaurant_id",
        "id": "order_id",
        "drop": ["customer_rating", "late_refund_amount"],
    },
    "split": {"test_start": "2024-03-01"},
    "xgb": {"n_estimators": 600, "max_depth": 6, "learning_rate": 0.05, "subsample": 0.8,
            "colsample_bytree": 0.8, "objective": "reg:absoluteerror"},
}
C = SETTINGS["columns"]

ORDERS = pa.DataFrameSchema(
    {
        C["id"]: pa.Column(int, unique=True),
        C["courier"]: pa.Column(str),
        C["restaurant"]: pa.Column(str),
        C["target"]: pa.Column(float, pa.Check.gt(0)),
        "distance_km": pa.Column(float, pa.Check.in_range(0, 50), nullable=True),
    },
    strict=False,
)


def load(path: Path) -> pd.DataFrame:
    df = pd.read_csv(path, parse_dates=[C["time"]])
    return ORDERS.validate(df).drop(columns=C["drop"])


def entity_profiles(df: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    courier = (
        df.groupby(C["courier"])[C["target"]]
        .agg(courier_mean_minutes="mean", courier_median_minutes="median", courier_n_orders="count")
        .reset_index()
    )
    restaurant = (
        df.groupby(C["restaurant"])[C["target"]]
        .agg(restaurant_mean_minutes="mean", restaurant_p90_minutes=lambda s: s.quantile(0.9))
        .reset_index()
    )
    return courier, restaurant


def build_features(df: pd.DataFrame) -> pd.DataFrame:
    courier, restaurant = entity_profiles(df)
    out = df.merge(courier, on=C["courier"], how="left").merge(restaurant, on=C["restaurant"], how="left")
    out["hour"] = out[C["time"]].dt.hour
    out["dow"] = out[C["time"]].dt.dayofweek
    out["log_distance"] = np.log1p(out["distance_km"].fillna(0))
    out["items_per_km"] = out["n_items"] / (out["distance_km"].fillna(0) + 0.5)
    return pd.get_dummies(out, columns=["zone", "vehicle_type", "weather"], dtype=float)


def split(df: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    start = pd.Timestamp(SETTINGS["split"]["test_start"])
    train = df[df[C["time"]] < start]
    test = df[df[C["time"]] >= start]
    test = test[~test[C["courier"]].isin(train[C["courier"]].unique())]
    log.info("train %d | test %d", len(train), len(test))
    return train, test


def columns_for_model(df: pd.DataFrame) -> list[str]:
    meta = {C["target"], C["time"], C["courier"], C["restaurant"], C["id"]}
    return [c for c in df.columns if c not in meta]


def train(train_df: pd.DataFrame, cols: list[str]) -> tuple[XGBRegressor, DummyRegressor]:
    model = XGBRegressor(**SETTINGS["xgb"], random_state=0)
    model.fit(train_df[cols], train_df[C["target"]])
    baseline = DummyRegressor(strategy="median").fit(train_df[cols], train_df[C["target"]])
    return model, baseline


def evaluate(models: dict, test_df: pd.DataFrame, cols: list[str]) -> pd.DataFrame:
    y = test_df[C["target"]]
    table = {}
    for name, model in models.items():
        pred = model.predict(test_df[cols])
        table[name] = {
            "mae": mean_absolute_error(y, pred),
            "median_ae": median_absolute_error(y, pred),
            "within_10min": float(np.mean(np.abs(y - pred) <= 10)),
        }
    return pd.DataFrame(table).T


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--train", type=Path, default=Path("train.csv"))
    parser.add_argument("--artifacts", type=Path, default=Path("artifacts"))
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")

    df = build_features(load(args.train))
    train_df, test_df = split(df)
    cols = columns_for_model(df)
    with mlflow.start_run(run_name="xgb-entity-profiles"):
        mlflow.log_params(SETTINGS["xgb"])
        model, baseline = train(train_df, cols)
        table = evaluate({"xgb": model, "baseline_median": baseline}, test_df, cols)
        mlflow.log_metrics({f"{m}_{k}": float(v) for m, row in table.iterrows() for k, v in row.items()})
        args.artifacts.mkdir(exist_ok=True)
        joblib.dump({"model": model, "columns": cols}, args.artifacts / "xgb.joblib")
    log.info("\n%s", table.round(3).to_string())


if __name__ == "__main__":
    main()
