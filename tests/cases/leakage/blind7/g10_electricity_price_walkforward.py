"""Day-ahead electricity price: walk-forward backtest.

Each test day is predicted by a model trained only on hours before that day,
then the window moves forward by one day. Lags are 24h+ back; gaps in the feeds
are forward-filled (last known value), never filled from later hours.
"""
import argparse

import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_absolute_error
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

TARGET = "price_eur_mwh"
NUM_COLS = ["price_eur_mwh", "load_mw", "wind_mw", "solar_mw", "gas_price"]


def parse():
    ap = argparse.ArgumentParser()
    ap.add_argument("--path", default="data/prices_hourly.csv")
    ap.add_argument("--test-days", type=int, default=60)
    ap.add_argument("--train-days", type=int, default=365)
    return ap.parse_args()


def load(path):
    df = pd.read_csv(path, parse_dates=["datetime"])
    df = df.sort_values("datetime").drop_duplicates("datetime").set_index("datetime").asfreq("h")
    df[NUM_COLS] = df[NUM_COLS].ffill(limit=6)
    return df


def make_features(df):
    f = pd.DataFrame(index=df.index)
    f["hour"] = df.index.hour
    f["dow"] = df.index.dayofweek
    f["month"] = df.index.month
    for lag in (24, 48, 168):
        f[f"price_lag_{lag}"] = df[TARGET].shift(lag)
    past = df[TARGET].shift(24)
    f["price_mean_7d"] = past.rolling(168).mean()
    f["price_std_7d"] = past.rolling(168).std()
    f["price_max_1d"] = past.rolling(24).max()
    f["load_mw"] = df["load_mw"]
    f["wind_mw"] = df["wind_mw"]
    f["solar_mw"] = df["solar_mw"]
    f["gas_price_lag24"] = df["gas_price"].shift(24)
    f["residual_load"] = df["load_mw"] - df["wind_mw"] - df["solar_mw"]
    f[TARGET] = df[TARGET]
    return f.dropna()


MODELS = {
    "ridge": lambda: make_pipeline(StandardScaler(), Ridge(alpha=3.0)),
    "hgb": lambda: HistGradientBoostingRegressor(max_iter=400, learning_rate=0.05, random_state=0),
}


def walk_forward(data, test_days, train_days):
    feats = [c for c in data.columns if c != TARGET]
    days = pd.Index(data.index.normalize().unique()).sort_values()
    test_start_days = days[-test_days:]
    rows = []
    for day in test_start_days:
        train = data[(data.index < day) & (data.index >= day - pd.Timedelta(days=train_days))]
        test = data[(data.index >= day) & (data.index < day + pd.Timedelta(days=1))]
        if test.empty:
            continue
        row = {"day": day, "naive_lag24": mean_absolute_error(test[TARGET], test["price_lag_24"])}
        for name, factory in MODELS.items():
            model = factory()
            model.fit(train[feats], train[TARGET])
            row[name] = mean_absolute_error(test[TARGET], model.predict(test[feats]))
        rows.append(row)
    return pd.DataFrame(rows).set_index("day")


def main():
    args = parse()
    df = load(args.path)
    print(df.describe().T)
    data = make_features(df)
    print("feature rows:", len(data), data.index.min(), "->", data.index.max())

    bt = walk_forward(data, args.test_days, args.train_days)
    print(bt.tail(10).round(2))
    print("mean daily MAE over the backtest:")
    print(bt.mean().round(3))
    print("share of days each model beats naive:")
    for name in MODELS:
        print(f"  {name}: {np.mean(bt[name] < bt['naive_lag24']):.2%}")


if __name__ == "__main__":
    main()
