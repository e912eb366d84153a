"""Weekly store demand forecast (units_sold), one week ahead.

Features only use information available at the start of the forecast week:
calendar, planned price/promo for the week, and lags of price/promo/temperature.
Validation: last 12 weeks held out; compared with two naive forecasters.
"""
import argparse
import logging

import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error

log = logging.getLogger("demand")
TARGET = "units_sold"


class LagFeatures:
    """Past-only features per store; rows must cover whole store histories."""

    def __init__(self, cols=("price", "promo", "avg_temp"), lags=(1, 2, 4)):
        self.cols = cols
        self.lags = lags
        self.names_ = []

    def __call__(self, df: pd.DataFrame) -> pd.DataFrame:
        df = df.sort_values(["store_id", "week_start"]).copy()
        g = df.groupby("store_id", sort=False)
        for c in self.cols:
            for k in self.lags:
                name = f"{c}_lag{k}"
                df[name] = g[c].shift(k)
                self.names_.append(name)
            name = f"{c}_mean4_prev"
            df[name] = g[c].transform(lambda s: s.shift(1).rolling(4, min_periods=1).mean())
            self.names_.append(name)
        df["price_change"] = df["price"] - df["price_lag1"]
        self.names_.append("price_change")
        return df


def calendar(df):
    df = df.copy()
    df["week_of_year"] = df["week_start"].dt.isocalendar().week.astype(int)
    df["month"] = df["week_start"].dt.month
    return df


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--holdout-weeks", type=int, default=12)
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")

    df = pd.read_csv("train.csv", parse_dates=["week_start"])
    lagger = LagFeatures()
    df = calendar(lagger(df))
    feats = ["price", "promo", "holiday_week", "store_size_sqm", "week_of_year", "month"] + sorted(set(lagger.names_))

    last_week = df["week_start"].max()
    cutoff = last_week - pd.Timedelta(weeks=args.holdout_weeks)
    tr, va = df[df.week_start <= cutoff], df[df.week_start > cutoff]
    log.info("train to %s (%d rows), validate %d rows", cutoff.date(), len(tr), len(va))

    model = HistGradientBoostingRegressor(loss="poisson", learning_rate=0.05, max_iter=500, random_state=0)
    model.fit(tr[feats], tr[TARGET])
    pred = model.predict(va[feats])

    store_mean = tr.groupby("store_id")[TARGET].mean()
    naive_store = va["store_id"].map(store_mean).fillna(tr[TARGET].mean())
    naive_global = DummyRegressor(strategy="mean").fit(tr[feats], tr[TARGET]).predict(va[feats])

    for name, p in [("gbm", pred), ("store mean", naive_store), ("global mean", naive_global)]:
        log.info("%-12s MAE %.2f  RMSE %.2f", name, mean_absolute_error(va[TARGET], p),
                 np.sqrt(mean_squared_error(va[TARGET], p)))


if __name__ == "__main__":
    main()
