"""Restaurant daily covers - time-series cross-validation.

Rows are ordered by service date and evaluated with an expanding-window
TimeSeriesSplit, so every validation fold lies strictly after its training
folds. Gradient boosting vs. a mean baseline, MAE per fold.
"""
from __future__ import annotations

import argparse
import logging
from functools import partial
from typing import Dict, List

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.model_selection import TimeSeriesSplit, cross_val_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder

LOG = logging.getLogger("covers.tscv")

TARGET = "covers"
ID_COL = "row_id"
TIME_COL = "service_date"
NUM_COLS = ["seats", "reservations", "temp_c", "rain_mm", "is_holiday", "local_event", "promo_active", "dow", "month"]
CAT_COLS = ["cuisine", "city"]


def cli() -> argparse.Namespace:
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", default="train.csv")
    ap.add_argument("--test", default="test.csv")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--lr", type=float, default=0.05)
    return ap.parse_args()


def load(path: str) -> pd.DataFrame:
    df = pd.read_csv(path, parse_dates=[TIME_COL])
    df["dow"] = df[TIME_COL].dt.dayofweek
    df["month"] = df[TIME_COL].dt.month
    return df.sort_values(TIME_COL, kind="mergesort").reset_index(drop=True)


def regressor(lr: float = 0.05) -> Pipeline:
    prep = ColumnTransformer(
        [("cat", OneHotEncoder(handle_unknown="ignore", sparse_output=False), CAT_COLS)], remainder="passthrough"
    )
    return Pipeline([("prep", prep), ("hgb", HistGradientBoostingRegressor(max_iter=400, learning_rate=lr, random_state=0))])


def fold_mae(model, X: pd.DataFrame, y: pd.Series, cv: TimeSeriesSplit) -> np.ndarray:
    return -cross_val_score(model, X, y, cv=cv, scoring="neg_mean_absolute_error")


def main() -> None:
    args = cli()
    logging.basicConfig(level=logging.INFO, format="%(message)s")

    df = load(args.train)
    assert df[TIME_COL].is_monotonic_increasing
    X, y = df[NUM_COLS + CAT_COLS], df[TARGET]
    tscv = TimeSeriesSplit(n_splits=args.folds)
    score = partial(fold_mae, X=X, y=y, cv=tscv)

    results: Dict[str, np.ndarray] = {
        "mean_baseline": score(DummyRegressor(strategy="mean")),
        "hgb": score(regressor(args.lr)),
    }
    for name, maes in results.items():
        LOG.info("%-14s MAE per fold %s  mean %.2f", name, np.round(maes, 2), maes.mean())

    final = regressor(args.lr).fit(X, y)
    test = load(args.test)
    pd.DataFrame({ID_COL: test[ID_COL], "prediction": final.predict(test[NUM_COLS + CAT_COLS])}).to_csv(
        "predictions.csv", index=False
    )


if __name__ == "__main__":
    main()
