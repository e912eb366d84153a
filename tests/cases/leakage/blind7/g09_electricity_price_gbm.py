"""Hourly day-ahead electricity price model.

Inputs: data/prices_hourly.csv (datetime, price_eur_mwh, load_mw, wind_mw, solar_mw, gas_price)
Target: price at hour t. Lags are taken 24h+ back (day-ahead setting).
Train on everything before 2023-07-01, test on the rest.
"""
import json

import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error

CONFIG = {
    "path": "data/prices_hourly.csv",
    "cutoff": "2023-07-01",
    "target": "price_eur_mwh",
    "model": {"max_iter": 600, "learning_rate": 0.05, "max_leaf_nodes": 63, "l2_regularization": 1.0},
}


def load(path):
    df = pd.read_csv(path, parse_dates=["datetime"])
    df = df.sort_values("datetime").drop_duplicates("datetime").set_index("datetime")
    df = df.asfreq("h")
    print("rows:", len(df), "| missing per column:")
    print(df.isna().sum())
    return df


def clean(df):
    # meter/feed outages leave holes of a few hours; fill them smoothly
    num = ["price_eur_mwh", "load_mw", "wind_mw", "solar_mw", "gas_price"]
    df[num] = df[num].interpolate(method="time", limit_direction="both")
    df["price_eur_mwh"] = df["price_eur_mwh"].clip(-200, 1000)
    return df


def add_features(df, target):
    out = df.copy()
    out["hour"] = out.index.hour
    out["dow"] = out.index.dayofweek
    out["month"] = out.index.month
    out["is_weekend"] = (out["dow"] >= 5).astype(int)

    for lag in (24, 48, 168):
        out[f"price_lag_{lag}"] = out[target].shift(lag)
    out["price_roll_mean_168"] = out[target].shift(24).rolling(168).mean()

    # smoothed system conditions around each hour
    out["load_smooth"] = out["load_mw"].rolling(24, center=True, min_periods=12).mean()
    out["wind_smooth"] = out["wind_mw"].rolling(24, center=True, min_periods=12).mean()
    out["residual_load"] = out["load_mw"] - out["wind_mw"] - out["solar_mw"]
    out["residual_load_smooth"] = out["load_smooth"] - out["wind_smooth"]
    return out.dropna()


def split(df, cutoff):
    train = df[df.index < cutoff]
    test = df[df.index >= cutoff]
    print("train:", train.index.min(), "->", train.index.max(), len(train))
    print("test: ", test.index.min(), "->", test.index.max(), len(test))
    return train, test


def report(name, y_true, y_pred):
    res = {
        "mae": mean_absolute_error(y_true, y_pred),
        "rmse": float(np.sqrt(mean_squared_error(y_true, y_pred))),
    }
    print(name, json.dumps({k: round(v, 3) for k, v in res.items()}))
    return res


def main(cfg):
    target = cfg["target"]
    df = add_features(clean(load(cfg["path"])), target)
    features = [c for c in df.columns if c != target]
    print("features:", features)

    train, test = split(df, cfg["cutoff"])
    model = HistGradientBoostingRegressor(random_state=0, **cfg["model"])
    model.fit(train[features], train[target])

    results = {
        "naive_lag24": report("naive lag-24", test[target], test["price_lag_24"]),
        "gbm": report("gbm", test[target], model.predict(test[features])),
    }
    with open("price_results.json", "w") as fh:
        json.dump(results, fh, indent=2)


if __name__ == "__main__":
    main(CONFIG)
