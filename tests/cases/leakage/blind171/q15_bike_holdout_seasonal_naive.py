#!/usr/bin/env python
"""Bike-share daily demand.

Validation: the task asks for the *next* period, so the model is trained on all days before
the last quarter of train.csv and scored on that quarter (no shuffling).  Weather gaps are
forward-filled (past readings only).  `registered_rentals` is part of the target and is not
used.  Errors are reported in bikes/day (MAE), RMSE and MAPE, next to a seasonal-naive
baseline (mean rentals per month x weekday over the fit period).
"""
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, mean_absolute_percentage_error, mean_squared_error

DATA = Path(".")
TARGET, ID, TIME = "rentals", "day_id", "date"
BASE_COLS = ["season", "holiday", "workingday", "weather", "temp", "atemp", "humidity", "windspeed"]


def load(name):
    df = pd.read_csv(DATA / name, parse_dates=[TIME]).sort_values(TIME).reset_index(drop=True)
    df[["temp", "atemp", "humidity", "windspeed"]] = df[["temp", "atemp", "humidity", "windspeed"]].ffill()
    return df


def featurize(df):
    X = df[BASE_COLS].copy()
    X["dow"] = df[TIME].dt.dayofweek
    X["month"] = df[TIME].dt.month
    X["trend"] = (df[TIME] - pd.Timestamp("2011-01-01")).dt.days
    X["weekend_nice"] = ((X["dow"] >= 5) & (df["weather"] == 1)).astype(int)
    X["humid_hot"] = df["humidity"] * df["temp"]
    return X


def seasonal_naive(fit_df, score_df):
    """Baseline: average rentals for the same (month, weekday) in the fit period."""
    key = [fit_df[TIME].dt.month, fit_df[TIME].dt.dayofweek]
    table = fit_df.groupby(key)[TARGET].mean()
    idx = pd.MultiIndex.from_arrays([score_df[TIME].dt.month, score_df[TIME].dt.dayofweek])
    return table.reindex(idx).fillna(fit_df[TARGET].mean()).to_numpy()


def report(name, y_true, y_pred):
    print(
        f"{name:15s} MAE {mean_absolute_error(y_true, y_pred):7.1f} | "
        f"RMSE {np.sqrt(mean_squared_error(y_true, y_pred)):7.1f} | "
        f"MAPE {100 * mean_absolute_percentage_error(y_true, y_pred):5.1f}%"
    )


def main():
    train = load("train.csv")
    test = load("test.csv")

    cut = train[TIME].quantile(0.75)
    fit_part = train[train[TIME] < cut]
    holdout = train[train[TIME] >= cut]
    print(f"fit: {fit_part[TIME].min().date()}..{fit_part[TIME].max().date()}  "
          f"holdout: {holdout[TIME].min().date()}..{holdout[TIME].max().date()}")

    report("seasonal naive", holdout[TARGET], seasonal_naive(fit_part, holdout))

    params = dict(loss="poisson", learning_rate=0.04, max_iter=700, max_leaf_nodes=20,
                  min_samples_leaf=8, l2_regularization=0.5, random_state=0)
    model = HistGradientBoostingRegressor(**params)
    model.fit(featurize(fit_part), fit_part[TARGET])
    report("hgb", holdout[TARGET], model.predict(featurize(holdout)))

    final = HistGradientBoostingRegressor(**params).fit(featurize(train), train[TARGET])
    out = pd.DataFrame({ID: test[ID], "prediction": np.clip(final.predict(featurize(test)), 0, None)})
    out.to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
