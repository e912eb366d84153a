"""Hourly building energy load model.

Reads meter readings, builds lag/rolling features from the ordered series and
fits a gradient-boosted regressor.
"""
import argparse
import logging

import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, r2_score
from sklearn.model_selection import train_test_split

log = logging.getLogger("energy")


class SeriesFeatures:
    """Weather/occupancy history features from the ordered readings.

    The load itself is not lagged: at forecast time the meter feed is ~2 days late.
    """

    def __init__(self, drivers=("outdoor_temp_c", "occupancy"), lags=(1, 3, 24), windows=(6, 24)):
        self.drivers = drivers
        self.lags = lags
        self.windows = windows

    def build(self, df: pd.DataFrame) -> pd.DataFrame:
        df = df.copy()
        df["timestamp"] = pd.to_datetime(df["timestamp"])
        df = df.sort_values("timestamp").set_index("timestamp")
        for c in self.drivers:
            for k in self.lags:
                df[f"{c}_lag_{k}"] = df[c].shift(k)
            prev = df[c].shift(1)
            for w in self.windows:
                df[f"{c}_roll_mean_{w}"] = prev.rolling(w).mean()
        df["hour"] = df.index.hour
        df["dow"] = df.index.dayofweek
        df["temp_x_hour"] = df["outdoor_temp_c"] * df["hour"]
        return df.dropna()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--csv", default="meter_readings.csv")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")

    raw = pd.read_csv(args.csv)
    fb = SeriesFeatures()
    data = fb.build(raw)
    feats = [c for c in data.columns if c not in ("load_kw", "meter_id")]
    log.info("%d rows x %d features, %s .. %s", len(data), len(feats), data.index.min(), data.index.max())

    X_tr, X_te, y_tr, y_te = train_test_split(data[feats], data["load_kw"], test_size=0.2,
                                              random_state=args.seed)
    model = HistGradientBoostingRegressor(max_iter=600, learning_rate=0.05, random_state=args.seed)
    model.fit(X_tr, y_tr)
    pred = model.predict(X_te)
    log.info("MAE %.3f kW   R2 %.4f", mean_absolute_error(y_te, pred), r2_score(y_te, pred))
    log.info("mean abs pct err %.2f%%", 100 * np.mean(np.abs(pred - y_te) / np.maximum(y_te, 1e-3)))


if __name__ == "__main__":
    main()
