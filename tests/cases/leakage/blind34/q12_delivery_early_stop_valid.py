"""Delivery-time regression (minutes from order to drop-off).

Single-file version of the pipeline: config dataclasses, node functions and a
`main()` that wires them. LightGBM with early stopping; MLflow for tracking.
"""
from __future__ import annotations

import argparse
import logging
from dataclasses import asdict, dataclass, field
from pathlib import Path

import joblib
import lightgbm as lgb
import mlflow
import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error

logger = logging.getLogger("eta")


@dataclass
class DataConfig:
    path: str = "train.csv"
    target: str = "delivery_minutes"
    time_col: str = "order_placed_at"
    courier_col: str = "courier_id"
    id_col: str = "order_id"
    post_delivery: list[str] = field(default_factory=lambda: ["customer_rating", "late_refund_amount"])
    valid_start: str = "2024-02-01"
    test_start: str = "2024-03-01"


@dataclass
class TrainConfig:
    n_estimators: int = 3000
    learning_rate: float = 0.03
    num_leaves: int = 63
    min_child_samples: int = 30
    early_stopping_rounds: int = 100
    eval_frames: tuple[str, ...] = ("train", "valid")
    seed: int = 17


def load(cfg: DataConfig) -> pd.DataFrame:
    df = pd.read_csv(cfg.path, parse_dates=[cfg.time_col])
    if (df[cfg.target] <= 0).any():
        logger.warning("dropping %d non-positive durations", int((df[cfg.target] <= 0).sum()))
        df = df[df[cfg.target] > 0]
    return df


def clean(df: pd.DataFrame, cfg: DataConfig) -> pd.DataFrame:
    df = df.drop(columns=cfg.post_delivery)
    df["distance_km"] = df["distance_km"].clip(0, 30)
    df["n_items"] = df["n_items"].fillna(1).astype(int)
    return df.sort_values(cfg.time_col).reset_index(drop=True)


def build_features(df: pd.DataFrame, cfg: DataConfig) -> pd.DataFrame:
    out = df.copy()
    ts = out[cfg.time_col]
    out["hour"] = ts.dt.hour
    out["weekday"] = ts.dt.weekday
    out["is_weekend"] = (out["weekday"] >= 5).astype(int)
    out["log_distance"] = np.log1p(out["distance_km"])
    g = out.groupby(cfg.courier_col)
    out["courier_orders_before"] = g.cumcount()
    out["courier_prev_distance"] = g["distance_km"].shift(1)
    out = pd.get_dummies(out, columns=["zone", "vehicle_type", "weather"], dtype=float)
    return out


def split(df: pd.DataFrame, cfg: DataConfig) -> dict[str, pd.DataFrame]:
    v0, t0 = pd.Timestamp(cfg.valid_start), pd.Timestamp(cfg.test_start)
    ts = df[cfg.time_col]
    train = df[ts < v0]
    valid = df[(ts >= v0) & (ts < t0)]
    valid = valid[~valid[cfg.courier_col].isin(train[cfg.courier_col].unique())]
    seen = set(train[cfg.courier_col]) | set(valid[cfg.courier_col])
    test = df[ts >= t0]
    test = test[~test[cfg.courier_col].isin(seen)]
    logger.info("train=%d valid=%d test=%d (couriers disjoint)", len(train), len(valid), len(test))
    return {"train": train, "valid": valid, "test": test}


def feature_names(df: pd.DataFrame, cfg: DataConfig) -> list[str]:
    return [c for c in df.columns if c not in {cfg.target, cfg.time_col, cfg.courier_col, cfg.id_col}]


def train(frames: dict[str, pd.DataFrame], cols: list[str], dcfg: DataConfig, tcfg: TrainConfig):
    tr = frames["train"]
    model = lgb.LGBMRegressor(
        objective="l1",
        n_estimators=tcfg.n_estimators,
        learning_rate=tcfg.learning_rate,
        num_leaves=tcfg.num_leaves,
        min_child_samples=tcfg.min_child_samples,
        random_state=tcfg.seed,
    )
    eval_set = [(frames[name][cols], frames[name][dcfg.target]) for name in tcfg.eval_frames]
    model.fit(
        tr[cols],
        tr[dcfg.target],
        eval_set=eval_set,
        eval_names=list(tcfg.eval_frames),
        callbacks=[lgb.early_stopping(tcfg.early_stopping_rounds), lgb.log_evaluation(200)],
    )
    median_model = DummyRegressor(strategy="median").fit(tr[cols], tr[dcfg.target])
    return model, median_model


def evaluate(model, median_model, frames, cols, cfg: DataConfig) -> dict[str, float]:
    te = frames["test"]
    y = te[cfg.target]
    metrics = {}
    for name, m in (("lgbm", model), ("median_baseline", median_model)):
        pred = m.predict(te[cols])
        metrics[f"{name}_mae"] = mean_absolute_error(y, pred)
        metrics[f"{name}_rmse"] = float(np.sqrt(mean_squared_error(y, pred)))
    return metrics


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="train.csv")
    ap.add_argument("--out", default="artifacts")
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")

    dcfg, tcfg = DataConfig(path=args.data), TrainConfig()
    mlflow.set_experiment("delivery-eta")
    with mlflow.start_run(run_name="lgbm-l1"):
        mlflow.log_params({**asdict(tcfg), "valid_start": dcfg.valid_start, "test_start": dcfg.test_start})
        df = build_features(clean(load(dcfg), dcfg), dcfg)
        frames = split(df, dcfg)
        cols = feature_names(df, dcfg)
        model, median_model = train(frames, cols, dcfg, tcfg)
        mlflow.log_metric("best_iteration", model.best_iteration_)
        metrics = evaluate(model, median_model, frames, cols, dcfg)
        mlflow.log_metrics(metrics)
        for k, v in metrics.items():
            logger.info("%-22s %.3f", k, v)
        Path(args.out).mkdir(exist_ok=True)
        joblib.dump({"model": model, "columns": cols}, Path(args.out) / "eta_lgbm.joblib")


if __name__ == "__main__":
    main()
