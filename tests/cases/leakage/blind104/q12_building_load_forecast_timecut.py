"""train.py - hourly load forecaster for a single building, chronological holdout.

The last `--holdout-days` days are kept for evaluation; every feature is built
from readings at or before the previous hour.
"""
import argparse
import json
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error

FEATURES = ["hour", "dow", "month", "is_weekend", "temp_c", "humidity",
            "lag_1", "lag_24", "lag_168", "lag_24_mean_3"]


def load(path):
    df = pd.read_csv(path, parse_dates=["timestamp"])
    df = df.sort_values("timestamp").set_index("timestamp")
    df = df.asfreq("h")
    # short sensor dropouts: carry the last reading forward (past only)
    df[["temp_c", "humidity"]] = df[["temp_c", "humidity"]].ffill(limit=3)
    return df


def build_features(df):
    df = df.copy()
    df["hour"] = df.index.hour
    df["dow"] = df.index.dayofweek
    df["month"] = df.index.month
    df["is_weekend"] = (df["dow"] >= 5).astype(int)
    for lag in (1, 24, 168):
        df[f"lag_{lag}"] = df["load_kwh"].shift(lag)
    df["lag_24_mean_3"] = df["load_kwh"].shift(24).rolling(3).mean()
    return df.dropna(subset=FEATURES + ["load_kwh"])


def time_split(df, holdout_days):
    cutoff = df.index.max() - pd.Timedelta(days=holdout_days)
    train = df[df.index <= cutoff]
    test = df[df.index > cutoff]
    assert train.index.max() < test.index.min()
    return train, test


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="train.csv")
    ap.add_argument("--holdout-days", type=int, default=28)
    ap.add_argument("--out", default="results")
    args = ap.parse_args()

    df = build_features(load(args.data))
    train, test = time_split(df, args.holdout_days)
    print(f"train {train.index.min()} -> {train.index.max()} ({len(train)})")
    print(f"test  {test.index.min()} -> {test.index.max()} ({len(test)})")

    model = HistGradientBoostingRegressor(max_iter=500, learning_rate=0.05, max_leaf_nodes=31)
    model.fit(train[FEATURES], train["load_kwh"])
    pred = model.predict(test[FEATURES])

    naive = test["lag_24"].values  # seasonal-naive baseline: same hour yesterday
    res = {
        "baseline_naive_mae": mean_absolute_error(test["load_kwh"], naive),
        "mae": mean_absolute_error(test["load_kwh"], pred),
        "rmse": float(np.sqrt(mean_squared_error(test["load_kwh"], pred))),
        "n_test_hours": int(len(test)),
    }
    print(json.dumps(res, indent=2))
    out = Path(args.out)
    out.mkdir(exist_ok=True)
    (out / "metrics.json").write_text(json.dumps(res, indent=2))
    pd.DataFrame({"timestamp": test.index, "prediction": pred}).to_csv(out / "predictions.csv", index=False)


if __name__ == "__main__":
    main()
