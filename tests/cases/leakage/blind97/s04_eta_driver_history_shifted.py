"""ETA model with past-only driver-history features.

Every history feature for a trip is built from the same driver's *earlier* trips
(ascending sort + shift), so it is available at pickup time.
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, median_absolute_error

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("eta")


@dataclass(frozen=True)
class Settings:
    data_dir: Path = Path(".")
    target: str = "eta_minutes"
    time_col: str = "pickup_time"
    driver_col: str = "driver_id"
    id_col: str = "trip_id"
    cutoff: str = "2023-10-01"
    base_features: tuple = (
        "planned_distance_km", "traffic_index", "temperature_c", "driver_rating",
        "surge_multiplier", "pickup_lat", "pickup_lon", "dropoff_lat", "dropoff_lon",
    )
    hgb: dict = field(default_factory=lambda: {"max_iter": 500, "learning_rate": 0.04, "max_leaf_nodes": 48, "random_state": 0})


S = Settings()
HISTORY = ["driver_trip_idx", "driver_mean_planned_km", "driver_traffic_ma5", "driver_gap_h"]
CALENDAR = ["hour", "dow", "month", "rush_hour"]


def add_time_parts(df: pd.DataFrame) -> pd.DataFrame:
    ts = df[S.time_col]
    df = df.assign(hour=ts.dt.hour, dow=ts.dt.dayofweek, month=ts.dt.month)
    df["rush_hour"] = df["hour"].isin([7, 8, 9, 17, 18, 19]).astype(int)
    return df


def add_driver_history(df: pd.DataFrame) -> pd.DataFrame:
    """Past-only: oldest trip first, and every window shifted by one trip."""
    df = df.sort_values([S.driver_col, S.time_col], ascending=[True, True])
    g = df.groupby(S.driver_col)
    df["driver_trip_idx"] = g.cumcount()  # number of earlier trips
    df["driver_mean_planned_km"] = g["planned_distance_km"].transform(lambda s: s.shift(1).expanding().mean())
    df["driver_traffic_ma5"] = g["traffic_index"].transform(lambda s: s.shift(1).rolling(5, min_periods=1).mean())
    df["driver_gap_h"] = g[S.time_col].diff().dt.total_seconds() / 3600.0  # hours since previous trip
    return df.sort_index()


def split(df: pd.DataFrame):
    cutoff = pd.Timestamp(S.cutoff)
    train = df[df[S.time_col] < cutoff]
    test = df[(df[S.time_col] >= cutoff) & ~df[S.driver_col].isin(train[S.driver_col].unique())]
    return train, test


def score(name: str, y_true, y_pred) -> dict:
    row = {"model": name, "mae": mean_absolute_error(y_true, y_pred), "medae": median_absolute_error(y_true, y_pred)}
    log.info("%-14s mae=%.3f medae=%.3f", name, row["mae"], row["medae"])
    return row


def main() -> None:
    df = pd.read_csv(S.data_dir / "train.csv", parse_dates=[S.time_col])
    df = add_driver_history(add_time_parts(df))
    train, test = split(df)
    assert train[S.time_col].max() < test[S.time_col].min()

    feats = list(S.base_features) + CALENDAR + HISTORY
    baseline = DummyRegressor(strategy="mean").fit(train[feats], train[S.target])
    model = HistGradientBoostingRegressor(**S.hgb).fit(train[feats], train[S.target])

    rows = [
        score("baseline_mean", test[S.target], baseline.predict(test[feats])),
        score("hgb_history", test[S.target], model.predict(test[feats])),
    ]
    Path("metrics.json").write_text(json.dumps(rows, indent=2, default=float))

    sub = pd.read_csv(S.data_dir / "test.csv", parse_dates=[S.time_col])
    sub = add_driver_history(add_time_parts(sub))
    final = HistGradientBoostingRegressor(**S.hgb).fit(df[feats], df[S.target])
    pd.DataFrame({S.id_col: sub[S.id_col], "prediction": final.predict(sub[feats])}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
