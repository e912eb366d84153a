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


def zone_profiles(train_df: pd.DataFrame) -> tuple[pd.DataFrame, float]:
    """Typical duration per zone and hour, learned from the training window only."""
    hours = train_df[C["time"]].dt.hour.rename("hour")
    table = (
        train_df.groupby([train_df["zone"], hours])[C["target"]]
        .agg(zone_hour_median_minutes="median", zone_hour_n="count")
        .reset_index()
    )
    return table, float(train_df[C["target"]].median())


def attach_zone_profiles(df: pd.DataFrame, table: pd.DataFrame, fallback: float) -> pd.DataFrame:
    out = df.merge(table, on=["zone", "hour"], how="left")
    out["zone_hour_median_minutes"] = out["zone_hour_median_minutes"].fillna(fallback)
    out["zone_hour_n"] = out["zone_hour_n"].fillna(0)
    return out


def build_features(df: pd.DataFrame) -> pd.DataFrame:
    out = df.sort_values(C["time"]).copy()
    out["courier_orders_before"] = out.groupby(C["courier"]).cumcount()
    out["hour"] = out[C["time"]].dt.hour
    out["dow"] = out[C["time"]].dt.dayofweek
    out["log_distance"] = np.log1p(out["distance_km"].fillna(0))
    out["items_per_km"] = out["n_items"] / (out["distance_km"].fillna(0) + 0.5)
    out["zone_code"] = out["zone"]
    return pd.get_dummies(out, columns=["zone", "vehicle_type", "weather"], dtype=float).rename(
        columns={"zone_code": "zone"}
    )


def split(df: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    start = pd.Timestamp(SETTINGS["split"]["test_start"])
    train = df[df[C["time"]] < start]
    test = df[df[C["time"]] >= start]
    test = test[~test[C["courier"]].isin(train[C["courier"]].unique())]
    log.info("train %d | test %d", len(train), len(test))
    return train, test


def columns_for_model(df: pd.DataFrame) -> list[str]:
    meta = {C["target"], C["time"], C["courier"], C["restaurant"], C["id"], "zone"}
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
    table_, fallback = zone_profiles(train_df)
    train_df = attach_zone_profiles(train_df, table_, fallback)
    test_df = attach_zone_profiles(test_df, table_, fallback)
    cols = columns_for_model(train_df)
    with mlflow.start_run(run_name="xgb-zone-profiles"):
        mlflow.log_params(SETTINGS["xgb"])
        model, baseline = train(train_df, cols)
        table = evaluate({"xgb": model, "baseline_median": baseline}, test_df, cols)
        mlflow.log_metrics({f"{m}_{k}": float(v) for m, row in table.iterrows() for k, v in row.items()})
        args.artifacts.mkdir(exist_ok=True)
        joblib.dump({"model": model, "columns": cols}, args.artifacts / "xgb.joblib")
    log.info("\n%s", table.round(3).to_string())


if __name__ == "__main__":
    main()
