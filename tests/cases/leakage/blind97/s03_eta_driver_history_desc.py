"""ETA model with driver-history features.

Pipeline:
    load -> add_time_parts -> add_driver_history -> split (time cut, unseen drivers) -> fit -> report
"""
from __future__ import annotations

import json
import logging
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, median_absolute_error

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
log = logging.getLogger("eta")

CONFIG = {
    "data_dir": Path("."),
    "target": "eta_minutes",
    "time_col": "pickup_time",
    "driver_col": "driver_id",
    "id_col": "trip_id",
    "cutoff": "2023-10-01",
    "base_features": [
        "planned_distance_km", "traffic_index", "temperature_c", "driver_rating",
        "surge_multiplier", "pickup_lat", "pickup_lon", "dropoff_lat", "dropoff_lon",
    ],
    "hgb": {"max_iter": 500, "learning_rate": 0.04, "max_leaf_nodes": 48, "random_state": 0},
}


def load(cfg: dict) -> pd.DataFrame:
    df = pd.read_csv(cfg["data_dir"] / "train.csv", parse_dates=[cfg["time_col"]])
    log.info("loaded %d rows, %d drivers", len(df), df[cfg["driver_col"]].nunique())
    return df


def add_time_parts(df: pd.DataFrame, cfg: dict) -> pd.DataFrame:
    ts = df[cfg["time_col"]]
    df = df.assign(hour=ts.dt.hour, dow=ts.dt.dayofweek, month=ts.dt.month)
    df["rush_hour"] = df["hour"].isin([7, 8, 9, 17, 18, 19]).astype(int)
    return df


def add_driver_history(df: pd.DataFrame, cfg: dict) -> pd.DataFrame:
    """Per-driver context: experience, typical trip length, recent traffic exposure, idle gap."""
    drv, ts = cfg["driver_col"], cfg["time_col"]
    df = df.sort_values([drv, ts], ascending=[True, False])
    g = df.groupby(drv)
    df["driver_trip_idx"] = g.cumcount()
    df["driver_mean_planned_km"] = g["planned_distance_km"].transform(lambda s: s.expanding().mean())
    df["driver_traffic_ma5"] = g["traffic_index"].transform(lambda s: s.rolling(5, min_periods=1).mean())
    df["driver_gap_h"] = g[ts].diff().dt.total_seconds().abs() / 3600.0
    return df.sort_index()


def split(df: pd.DataFrame, cfg: dict):
    cutoff = pd.Timestamp(cfg["cutoff"])
    train = df[df[cfg["time_col"]] < cutoff]
    test = df[df[cfg["time_col"]] >= cutoff]
    test = test[~test[cfg["driver_col"]].isin(set(train[cfg["driver_col"]]))]
    log.info("train %d rows / test %d rows (%d new drivers)", len(train), len(test), test[cfg["driver_col"]].nunique())
    return train, test


def feature_list(cfg: dict) -> list[str]:
    history = ["driver_trip_idx", "driver_mean_planned_km", "driver_traffic_ma5", "driver_gap_h"]
    calendar = ["hour", "dow", "month", "rush_hour"]
    return cfg["base_features"] + calendar + history


def report(name: str, y_true, y_pred) -> dict:
    out = {
        "model": name,
        "mae": round(mean_absolute_error(y_true, y_pred), 3),
        "medae": round(median_absolute_error(y_true, y_pred), 3),
    }
    log.info("%s", out)
    return out


def main(cfg: dict = CONFIG) -> None:
    df = load(cfg)
    df = add_time_parts(df, cfg)
    df = add_driver_history(df, cfg)
    train, test = split(df, cfg)

    feats = feature_list(cfg)
    X_tr, y_tr = train[feats], train[cfg["target"]]
    X_te, y_te = test[feats], test[cfg["target"]]

    baseline = DummyRegressor(strategy="mean").fit(X_tr, y_tr)
    model = HistGradientBoostingRegressor(**cfg["hgb"]).fit(X_tr, y_tr)

    results = [
        report("baseline_mean", y_te, baseline.predict(X_te)),
        report("hgb_history", y_te, model.predict(X_te)),
    ]
    Path("metrics.json").write_text(json.dumps(results, indent=2))

    # submission: same feature code on the unlabelled file
    sub = pd.read_csv(cfg["data_dir"] / "test.csv", parse_dates=[cfg["time_col"]])
    sub = add_driver_history(add_time_parts(sub, cfg), cfg)
    final = HistGradientBoostingRegressor(**cfg["hgb"]).fit(df[feats], df[cfg["target"]])
    pd.DataFrame({cfg["id_col"]: sub[cfg["id_col"]], "prediction": final.predict(sub[feats])}).to_csv(
        "predictions.csv", index=False
    )


if __name__ == "__main__":
    main()
