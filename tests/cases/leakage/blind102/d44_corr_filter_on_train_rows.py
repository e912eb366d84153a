"""Restaurant daily covers - correlation-filtered linear model.

Candidate features are generated row-wise; the correlation filter (|r| with
covers above a floor) is computed on the training window only, then a
Huber regressor is fitted. Baseline: per-day-of-week median covers from the
training window.
"""
from __future__ import annotations

import argparse
import logging
from typing import Dict, List, Tuple

import numpy as np
import pandas as pd
from sklearn.linear_model import HuberRegressor
from sklearn.metrics import mean_absolute_error
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

log = logging.getLogger("covers.corr")

TARGET = "covers"
ID_COL = "row_id"
TIME_COL = "service_date"
GROUP_COL = "restaurant_id"
BASE = ["seats", "reservations", "temp_c", "rain_mm", "is_holiday", "local_event", "promo_active"]
NEVER = {ID_COL, GROUP_COL, TIME_COL, TARGET, "day_revenue", "tips_total"}


def options() -> argparse.Namespace:
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", default="train.csv")
    ap.add_argument("--test", default="test.csv")
    ap.add_argument("--cutoff", default="2024-03-01")
    ap.add_argument("--min-corr", type=float, default=0.05)
    return ap.parse_args()


def expand(frame: pd.DataFrame) -> Tuple[pd.DataFrame, List[str]]:
    """Stateless row-wise candidates."""
    out = pd.get_dummies(frame, columns=["cuisine", "city"], dtype=float)
    out["dow"] = out[TIME_COL].dt.dayofweek
    out = pd.get_dummies(out, columns=["dow"], prefix="dow", dtype=float)
    out["booked_share"] = out["reservations"] / out["seats"].clip(lower=1)
    out["warm_weekend"] = out["temp_c"].clip(lower=0) * out.filter(like="dow_").iloc[:, 4:].sum(axis=1)
    cols = [c for c in out.columns if c not in NEVER]
    out[cols] = out[cols].fillna(0.0)
    return out, cols


def corr_filter(train: pd.DataFrame, cols: List[str], floor: float = 0.05) -> List[str]:
    """Keep columns whose |Pearson r| with covers on the given (training) rows is above `floor`."""
    r = train[cols].corrwith(train[TARGET]).abs().fillna(0.0)
    kept = r[r > floor].index.tolist()
    if not kept:
        raise RuntimeError("correlation filter removed everything")
    return kept


def split(frame: pd.DataFrame, cutoff: str) -> Tuple[pd.DataFrame, pd.DataFrame]:
    """Time cut; evaluation keeps only restaurants with no rows before the cut."""
    t = pd.Timestamp(cutoff)
    old, new = frame[frame[TIME_COL] < t], frame[frame[TIME_COL] >= t]
    return old, new[~new[GROUP_COL].isin(old[GROUP_COL].unique())]


def dow_median_baseline(train: pd.DataFrame, other: pd.DataFrame) -> np.ndarray:
    med = train.groupby(train[TIME_COL].dt.dayofweek)[TARGET].median()
    return other[TIME_COL].dt.dayofweek.map(med).fillna(train[TARGET].median()).to_numpy()


def main() -> None:
    opt = options()
    logging.basicConfig(level=logging.INFO, format="%(message)s")

    df = pd.read_csv(opt.train, parse_dates=[TIME_COL])
    data, candidates = expand(df)
    train, valid = split(data, opt.cutoff)

    features = corr_filter(train, candidates, floor=opt.min_corr)
    log.info("kept %d / %d candidates", len(features), len(candidates))

    model = make_pipeline(StandardScaler(), HuberRegressor(alpha=1e-3, max_iter=500))
    model.fit(train[features], train[TARGET])

    mae_model = mean_absolute_error(valid[TARGET], model.predict(valid[features]))
    mae_base = mean_absolute_error(valid[TARGET], dow_median_baseline(train, valid))
    log.info("MAE  dow-median baseline %.2f | huber %.2f", mae_base, mae_model)

    test, _ = expand(pd.read_csv(opt.test, parse_dates=[TIME_COL]))
    test = test.reindex(columns=list(dict.fromkeys(features + [ID_COL])), fill_value=0.0)
    pd.DataFrame({ID_COL: test[ID_COL], "prediction": np.clip(model.predict(test[features]), 0, None)}).to_csv(
        "predictions.csv", index=False
    )


if __name__ == "__main__":
    main()
