#!/usr/bin/env python
"""Store sales take-home: HistGradientBoosting on store-week rows.

Usage: python y05_weekly_sales_hgb.py   (expects task.json, train.csv, test.csv in cwd)
"""
import json
import logging

import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, r2_score

logging.basicConfig(level=logging.INFO, format="%(message)s")
log = logging.getLogger("sales")

TASK = json.load(open("task.json"))
TARGET, ID_COL, TIME_COL = TASK["target"], TASK["id_column"], TASK["time_column"]
ENTITY = TASK["group_column"]
NON_FEATURES = {TARGET, ID_COL, TIME_COL, ENTITY}


def load(path):
    d = pd.read_csv(path, parse_dates=[TIME_COL])
    d = d.sort_values([ENTITY, TIME_COL]).reset_index(drop=True)
    d["year"] = d[TIME_COL].dt.year
    d["woy"] = d[TIME_COL].dt.isocalendar().week.astype(int)
    d["post_holiday"] = d.groupby(ENTITY)["holiday_week"].shift(1).fillna(0)
    d["promo_prev"] = d.groupby(ENTITY)["promo_flag"].shift(1).fillna(0)
    d["traffic_prev"] = d.groupby(ENTITY)["foot_traffic"].shift(1)
    d["traffic_chg"] = d["foot_traffic"] / d["traffic_prev"] - 1
    for c in ["region", "store_format"]:
        d[c] = d[c].astype("category")
    return d


def split_unseen_stores(d, holdout_frac=0.2, last_weeks=13, seed=11):
    """Later weeks of stores that were never trained on, like the real test set."""
    rng = np.random.default_rng(seed)
    ids = d[ENTITY].unique()
    held = set(rng.choice(ids, size=int(len(ids) * holdout_frac), replace=False))
    boundary = d[TIME_COL].max() - pd.Timedelta(weeks=last_weeks)
    in_held = d[ENTITY].isin(held)
    return d[(d[TIME_COL] <= boundary) & ~in_held], d[(d[TIME_COL] > boundary) & in_held]


def main():
    df = load("train.csv")
    test = load("test.csv")
    log.info("train rows %d, stores %d, weeks %s..%s", len(df), df[ENTITY].nunique(),
             df[TIME_COL].min().date(), df[TIME_COL].max().date())

    features = [c for c in df.columns if c not in NON_FEATURES]
    log.info("features: %s", features)

    fit_part, eval_part = split_unseen_stores(df)
    log.info("fit %d rows / eval %d rows", len(fit_part), len(eval_part))

    model = HistGradientBoostingRegressor(
        max_iter=600, learning_rate=0.05, max_leaf_nodes=48, l2_regularization=1.0,
        categorical_features="from_dtype", random_state=0,
    )
    model.fit(fit_part[features], fit_part[TARGET])
    pred = model.predict(eval_part[features])

    # baseline: average weekly sales of the store's region over the training rows
    region_mean = fit_part.groupby("region", observed=True)[TARGET].mean()
    baseline = eval_part["region"].map(region_mean).astype(float).fillna(fit_part[TARGET].mean())

    log.info("baseline (region mean) MAE %.1f", mean_absolute_error(eval_part[TARGET], baseline))
    log.info("HGB MAE %.1f  R2 %.3f", mean_absolute_error(eval_part[TARGET], pred),
             r2_score(eval_part[TARGET], pred))

    model.fit(df[features], df[TARGET])
    out = pd.DataFrame({ID_COL: test[ID_COL], "prediction": model.predict(test[features])})
    out.to_csv("predictions.csv", index=False)
    log.info("saved %d predictions", len(out))


if __name__ == "__main__":
    main()
