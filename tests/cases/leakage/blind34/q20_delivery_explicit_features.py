"""ETA regression with a numeric-feature gradient boosting model.

Nodes: load_orders -> clean_orders -> engineer -> split_out_of_time ->
fit_model -> score -> write_report. Run: `python q20_delivery_explicit_features.py`.
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path

import joblib
import mlflow
import numpy as np
import pandas as pd
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Columns:
    target: str = "delivery_minutes"
    time: str = "order_placed_at"
    courier: str = "courier_id"
    order_id: str = "order_id"
    after_delivery: tuple = ("customer_rating", "late_refund_amount")


@dataclass
class RunConfig:
    train_path: Path = Path("train.csv")
    report_path: Path = Path("report.json")
    model_path: Path = Path("artifacts/gbr.joblib")
    test_start: str = "2024-03-01"
    gbr: dict = field(default_factory=lambda: {"n_estimators": 500, "max_depth": 4, "learning_rate": 0.05,
                                               "subsample": 0.8, "loss": "huber", "random_state": 5})


COLS = Columns()


def load_orders(cfg: RunConfig) -> pd.DataFrame:
    return pd.read_csv(cfg.train_path, parse_dates=[COLS.time])


def clean_orders(df: pd.DataFrame) -> pd.DataFrame:
    df = df[df[COLS.target].between(1, 240)].copy()
    df["n_items"] = df["n_items"].fillna(1)
    df["prep_minutes_est"] = df["prep_minutes_est"].fillna(-1)
    df["distance_km"] = df["distance_km"].fillna(-1)
    return df.sort_values(COLS.time).reset_index(drop=True)


def engineer(df: pd.DataFrame) -> pd.DataFrame:
    out = df.copy()
    out["hour"] = out[COLS.time].dt.hour
    out["dow"] = out[COLS.time].dt.dayofweek
    out["is_peak"] = out["hour"].isin([12, 13, 19, 20, 21]).astype(int)
    out["courier_orders_before"] = out.groupby(COLS.courier).cumcount()
    out["courier_prev_distance"] = out.groupby(COLS.courier)["distance_km"].shift(1)
    out = pd.get_dummies(out, columns=["vehicle_type", "weather"], dtype=int)
    return out


def numeric_features(df: pd.DataFrame) -> list[str]:
    blocked = {COLS.target, COLS.order_id, *COLS.after_delivery}
    return [c for c in df.select_dtypes(include="number").columns if c not in blocked]


def split_out_of_time(df: pd.DataFrame, cfg: RunConfig) -> tuple[pd.DataFrame, pd.DataFrame]:
    start = pd.Timestamp(cfg.test_start)
    train = df[df[COLS.time] < start]
    test = df[df[COLS.time] >= start]
    new_couriers = ~test[COLS.courier].isin(train[COLS.courier].unique())
    logger.info("dropping %d test orders from couriers seen in training", int((~new_couriers).sum()))
    return train, test[new_couriers]


def fit_model(train: pd.DataFrame, features: list[str], cfg: RunConfig) -> GradientBoostingRegressor:
    X = train[features].fillna(-1)
    return GradientBoostingRegressor(**cfg.gbr).fit(X, train[COLS.target])


def score(model, train: pd.DataFrame, test: pd.DataFrame, features: list[str]) -> dict[str, float]:
    y = test[COLS.target].to_numpy()
    pred = model.predict(test[features].fillna(-1))
    baseline = np.full_like(y, fill_value=train[COLS.target].mean(), dtype=float)
    return {
        "mae": mean_absolute_error(y, pred),
        "rmse": float(np.sqrt(mean_squared_error(y, pred))),
        "baseline_mae": mean_absolute_error(y, baseline),
        "baseline_rmse": float(np.sqrt(mean_squared_error(y, baseline))),
    }


def write_report(metrics: dict[str, float], features: list[str], cfg: RunConfig) -> None:
    payload = {"metrics": metrics, "n_features": len(features), "features": features}
    cfg.report_path.write_text(json.dumps(payload, indent=2))
    mlflow.log_metrics(metrics)
    mlflow.log_dict(payload, "report.json")
    for k, v in metrics.items():
        logger.info("%-14s %.3f", k, v)


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    cfg = RunConfig()
    with mlflow.start_run(run_name="gbr-numeric"):
        mlflow.log_params(cfg.gbr)
        df = engineer(clean_orders(load_orders(cfg)))
        features = numeric_features(df)
        train, test = split_out_of_time(df, cfg)
        model = fit_model(train, features, cfg)
        metrics = score(model, train, test, features)
        write_report(metrics, features, cfg)
        cfg.model_path.parent.mkdir(parents=True, exist_ok=True)
        joblib.dump({"model": model, "features": features}, cfg.model_path)


if __name__ == "__main__":
    main()
