"""Hourly ETA model."""
import os
import json
import joblib
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import mean_absolute_error

CONFIG = {
    "path": "features/eta/city_hourly.parquet",
    "target": "median_eta_min",
    "test_days": 14,
    "params": {"n_estimators": 600, "learning_rate": 0.03, "num_leaves": 31},
}

def build_frame(path):
    df = pd.read_parquet(path)
    df["hour_ts"] = pd.to_datetime(df["hour_ts"])
    df = df.sort_values("hour_ts").reset_index(drop=True)
    df["hour"] = df["hour_ts"].dt.hour
    df["dow"] = df["hour_ts"].dt.dayofweek
    df["speed_next_hour"] = df["avg_speed_kmh"].shift(-1)
    df["orders_prev_hour"] = df["orders"].shift(1)
    return df.dropna().reset_index(drop=True)


def main():
    df = build_frame(CONFIG["path"])
    feats = ["hour", "dow", "speed_next_hour", "orders_prev_hour", "couriers_online", "rain_mm"]
    cut = df["hour_ts"].max() - pd.Timedelta(days=CONFIG["test_days"])
    tr, te = df[df["hour_ts"] <= cut], df[df["hour_ts"] > cut]
    model = lgb.LGBMRegressor(**CONFIG["params"], verbose=-1)
    model.fit(tr[feats], tr[CONFIG["target"]])
    pred = model.predict(te[feats])
    hist_mean = tr.groupby("hour")[CONFIG["target"]].mean()
    naive = te["hour"].map(hist_mean)
    metrics = {
        "mae": mean_absolute_error(te[CONFIG["target"]], pred),
        "mae_hour_of_day_baseline": mean_absolute_error(te[CONFIG["target"]], naive),
    }
    print(metrics)
    with open("reports/eta_eval.json", "w") as fh:
        json.dump(metrics, fh, indent=2)
    joblib.dump(model, "artifacts/eta_lgb.joblib")


if __name__ == "__main__":
    main()
