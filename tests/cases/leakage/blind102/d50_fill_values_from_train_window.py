"""Restaurant daily covers - gradient boosting with imputed weather.

Weather columns have gaps (station outages). Missing values are filled with
column means that are computed once - on the training window, after the
split - and cached in FILL_VALUES so that the validation window and test.csv
get exactly the same fills.
"""
from __future__ import annotations

import argparse
import logging
from typing import Dict, List, Tuple

import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error

LOG = logging.getLogger("covers.impute")

TARGET = "covers"
ID_COL = "row_id"
TIME_COL = "service_date"
GROUP_COL = "restaurant_id"
FILL_COLS = ["temp_c", "rain_mm", "reservations"]
FEATURES = ["seats", "reservations", "temp_c", "rain_mm", "is_holiday", "local_event", "promo_active",
            "dow", "month", "booked_share", "temp_missing"]

FILL_VALUES: Dict[str, float] = {}


def cli() -> argparse.Namespace:
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", default="train.csv")
    ap.add_argument("--test", default="test.csv")
    ap.add_argument("--cutoff", default="2024-03-01")
    ap.add_argument("--n-estimators", type=int, default=500)
    return ap.parse_args()


def impute(df: pd.DataFrame, cols: List[str] = FILL_COLS) -> pd.DataFrame:
    """Fill gaps with cached column means (computed from `df` on the first call)."""
    out = df.copy()
    out["temp_missing"] = out["temp_c"].isna().astype(int)
    if not FILL_VALUES:
        FILL_VALUES.update({c: float(out[c].mean()) for c in cols})
        LOG.info("fill values: %s", {k: round(v, 2) for k, v in FILL_VALUES.items()})
    return out.fillna(FILL_VALUES)


def engineer(df: pd.DataFrame) -> pd.DataFrame:
    out = df.copy()
    out["dow"] = out[TIME_COL].dt.dayofweek
    out["month"] = out[TIME_COL].dt.month
    out["booked_share"] = out["reservations"] / out["seats"].clip(lower=1)
    return out


def split_new_restaurants(df: pd.DataFrame, cutoff: str) -> Tuple[pd.DataFrame, pd.DataFrame]:
    t = pd.Timestamp(cutoff)
    old, new = df[df[TIME_COL] < t], df[df[TIME_COL] >= t]
    return old, new[~new[GROUP_COL].isin(old[GROUP_COL].unique())]


def main() -> None:
    args = cli()
    logging.basicConfig(level=logging.INFO, format="%(message)s")

    raw = pd.read_csv(args.train, parse_dates=[TIME_COL])
    raw_train, raw_valid = split_new_restaurants(raw, args.cutoff)
    FILL_VALUES.clear()
    train = engineer(impute(raw_train))   # first call: learns the means
    valid = engineer(impute(raw_valid))   # cached means
    assert not train[FEATURES].isna().any().any() and not valid[FEATURES].isna().any().any()

    baseline = DummyRegressor(strategy="mean").fit(train[FEATURES], train[TARGET])
    gbr = GradientBoostingRegressor(n_estimators=args.n_estimators, max_depth=4, learning_rate=0.05, random_state=0)
    gbr.fit(train[FEATURES], train[TARGET])

    LOG.info("MAE mean baseline %.2f", mean_absolute_error(valid[TARGET], baseline.predict(valid[FEATURES])))
    LOG.info("MAE gbr           %.2f", mean_absolute_error(valid[TARGET], gbr.predict(valid[FEATURES])))

    test = engineer(impute(pd.read_csv(args.test, parse_dates=[TIME_COL])))
    pd.DataFrame({ID_COL: test[ID_COL], "prediction": gbr.predict(test[FEATURES])}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
