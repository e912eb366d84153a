#!/usr/bin/env python3
"""ETA model for the delivery take-home.

Evaluation window = the last 28 days of train.csv; everything before is used for fitting.
Within the fitting period, TimeSeriesSplit picks the number of trees.
"""
import logging

import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, r2_score
from sklearn.model_selection import TimeSeriesSplit

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
log = logging.getLogger("eta")

TIME = "order_placed_at"
TARGET = "delivery_minutes"
NUMERIC = ["distance_km", "n_items", "order_value", "prep_time_est_min", "active_couriers", "pending_orders"]


def make_X(frame, columns=None):
    X = frame[NUMERIC].fillna(0).copy()
    X["is_rain"] = frame["is_rain"].astype(int)
    X["hour"] = frame[TIME].dt.hour
    X["weekend"] = (frame[TIME].dt.dayofweek >= 5).astype(int)
    X["distance_sq"] = frame["distance_km"] ** 2
    X = X.join(pd.get_dummies(frame[["zone", "courier_vehicle"]], dtype=int))
    return X if columns is None else X.reindex(columns=columns, fill_value=0)


def pick_n_estimators(X, y, candidates=(150, 300, 600)):
    splitter = TimeSeriesSplit(n_splits=4)
    mean_mae = {}
    for n in candidates:
        maes = []
        for fit_idx, val_idx in splitter.split(X):
            gbr = GradientBoostingRegressor(n_estimators=n, learning_rate=0.05, max_depth=4,
                                            subsample=0.8, loss="huber", random_state=1)
            gbr.fit(X.iloc[fit_idx], y.iloc[fit_idx])
            maes.append(mean_absolute_error(y.iloc[val_idx], gbr.predict(X.iloc[val_idx])))
        mean_mae[n] = float(np.mean(maes))
        log.info("n_estimators=%d  cv MAE=%.3f", n, mean_mae[n])
    return min(mean_mae, key=mean_mae.get)


def main():
    df = pd.read_csv("train.csv", parse_dates=[TIME]).sort_values(TIME).reset_index(drop=True)
    test = pd.read_csv("test.csv", parse_dates=[TIME])
    log.info("rows=%d  span=%s..%s  mean=%.1f min", len(df), df[TIME].min(), df[TIME].max(), df[TARGET].mean())

    cutoff = df[TIME].max() - pd.Timedelta(days=28)
    is_fit = df[TIME] <= cutoff
    fit_df, eval_df = df.loc[is_fit], df.loc[~is_fit]
    log.info("fit rows=%d  eval rows=%d  cutoff=%s", len(fit_df), len(eval_df), cutoff)

    X_fit = make_X(fit_df)
    X_eval = make_X(eval_df, X_fit.columns)
    y_fit, y_eval = fit_df[TARGET], eval_df[TARGET]

    n_best = pick_n_estimators(X_fit, y_fit)
    model = GradientBoostingRegressor(n_estimators=n_best, learning_rate=0.05, max_depth=4,
                                      subsample=0.8, loss="huber", random_state=1).fit(X_fit, y_fit)
    dummy = DummyRegressor(strategy="median").fit(X_fit, y_fit)

    for name, est in [("dummy median", dummy), ("gradient boosting", model)]:
        pred = est.predict(X_eval)
        log.info("%-18s MAE=%.3f  R2=%.3f", name, mean_absolute_error(y_eval, pred), r2_score(y_eval, pred))

    err = (model.predict(X_eval) - y_eval).abs()
    log.info("share of orders within 5 min: %.3f", float((err <= 5).mean()))

    X_all = make_X(df)
    model.fit(X_all, df[TARGET])
    out = pd.DataFrame({"order_id": test["order_id"], "prediction": model.predict(make_X(test, X_all.columns))})
    out.to_csv("predictions.csv", index=False)
    log.info("wrote %d predictions", len(out))


if __name__ == "__main__":
    main()
