"""Booking cancellation classifier — random forest vs. majority-class baseline.

The business brief asks for "how often are we right", so the report uses
accuracy against the always-'not cancelled' baseline.

    python q45_hotel_accuracy_only.py --train train.csv --n-estimators 500
"""
from __future__ import annotations

import logging
from pathlib import Path

import joblib
import mlflow
import numpy as np
import pandas as pd
import typer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score
from sklearn.model_selection import train_test_split

log = logging.getLogger("hotel.rf")

TARGET = "is_canceled"
BOOKING_ID = "booking_id"
STATUS_COLS = ["reservation_status", "reservation_status_date"]
CATEGORICAL = ["hotel", "meal", "market_segment", "distribution_channel", "deposit_type", "customer_type",
               "reserved_room_type", "arrival_date_month"]
NUMERIC = ["lead_time", "arrival_date_week_number", "stays_in_weekend_nights", "stays_in_week_nights", "adults",
           "children", "babies", "is_repeated_guest", "previous_cancellations",
           "previous_bookings_not_canceled", "booking_changes", "days_in_waiting_list", "adr",
           "required_car_parking_spaces", "total_of_special_requests"]


def load(path: Path) -> pd.DataFrame:
    df = pd.read_csv(path)
    missing = set(NUMERIC + CATEGORICAL) - set(df.columns)
    if missing:
        raise KeyError(f"columns missing from {path}: {sorted(missing)}")
    return df.drop(columns=[c for c in STATUS_COLS if c in df.columns])


def clean(df: pd.DataFrame) -> pd.DataFrame:
    df = df.copy()
    df["children"] = df["children"].fillna(0)
    df["adr"] = df["adr"].clip(0, 1000)
    df = df[(df["adults"] + df["children"] + df["babies"]) > 0]
    return df.reset_index(drop=True)


def featurize(df: pd.DataFrame) -> pd.DataFrame:
    X = df[NUMERIC + CATEGORICAL].copy()
    X["total_nights"] = X["stays_in_weekend_nights"] + X["stays_in_week_nights"]
    X["lead_time_log"] = np.log1p(X["lead_time"])
    X["deposit_non_refund"] = (X["deposit_type"] == "Non Refund").astype(int)
    return pd.get_dummies(X, columns=CATEGORICAL, dtype=int)


def split(X: pd.DataFrame, y: pd.Series, seed: int) -> tuple:
    return train_test_split(X, y, test_size=0.25, random_state=seed, stratify=y)


def fit_models(X_tr: pd.DataFrame, y_tr: pd.Series, n_estimators: int, seed: int) -> dict:
    forest = RandomForestClassifier(n_estimators=n_estimators, min_samples_leaf=2, n_jobs=-1, random_state=seed)
    return {
        "random_forest": forest.fit(X_tr, y_tr),
        "baseline_majority": DummyClassifier(strategy="most_frequent").fit(X_tr, y_tr),
    }


def report(models: dict, X_te: pd.DataFrame, y_te: pd.Series) -> dict[str, float]:
    return {f"{name}_accuracy": accuracy_score(y_te, m.predict(X_te)) for name, m in models.items()}


def main(train: Path = Path("train.csv"), n_estimators: int = 500, seed: int = 2024,
         out: Path = Path("artifacts")) -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    df = clean(load(train))
    X, y = featurize(df), df[TARGET]
    X_tr, X_te, y_tr, y_te = split(X, y, seed)
    with mlflow.start_run(run_name="rf-accuracy"):
        mlflow.log_params({"n_estimators": n_estimators, "seed": seed, "n_features": X.shape[1]})
        models = fit_models(X_tr, y_tr, n_estimators, seed)
        metrics = report(models, X_te, y_te)
        mlflow.log_metrics(metrics)
        out.mkdir(exist_ok=True)
        joblib.dump({"model": models["random_forest"], "columns": list(X.columns)}, out / "rf.joblib")
    for name, value in metrics.items():
        log.info("%-28s %.4f", name, value)
    gain = metrics["random_forest_accuracy"] - metrics["baseline_majority_accuracy"]
    log.info("accuracy gain over majority baseline: %+.3f", gain)


if __name__ == "__main__":
    typer.run(main)
