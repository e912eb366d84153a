"""Ad conversion - user/publisher context features.

Steps are plain functions so they can be unit-tested:
    load -> clean -> add_context -> time_split -> fit -> evaluate -> write
"""
from __future__ import annotations

import json
import logging
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, log_loss, roc_auc_score

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("ads")

TARGET, TIME, ID = "converted", "impression_ts", "impression_id"
HOLDOUT_DAYS = 14
PARAMS = {"max_iter": 500, "learning_rate": 0.04, "max_leaf_nodes": 31, "l2_regularization": 1.0, "random_state": 4}
BASE = ["bid_floor", "ad_position", "user_prev_clicks_30d", "creative_age_days"]
CONTEXT = ["hour", "dow", "user_total_impressions", "user_distinct_publishers", "campaign_age_h"]


def load(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, parse_dates=[TIME]).sort_values(TIME).reset_index(drop=True)


def clean(df: pd.DataFrame) -> pd.DataFrame:
    # bid floors are missing when the SSP did not send one; the next auction on the same publisher is a good proxy
    df["bid_floor"] = df.groupby("publisher_id")["bid_floor"].bfill()
    df["ad_position"] = df["ad_position"].clip(upper=10)
    return df


def add_context(df: pd.DataFrame) -> pd.DataFrame:
    df["hour"] = df[TIME].dt.hour
    df["dow"] = df[TIME].dt.dayofweek
    df["user_total_impressions"] = df.groupby("user_id")[ID].transform("count")
    df["user_distinct_publishers"] = df.groupby("user_id")["publisher_id"].transform("nunique")
    first_seen = df.groupby("campaign_id")[TIME].transform("min")
    df["campaign_age_h"] = (df[TIME] - first_seen).dt.total_seconds() / 3600
    return df


def time_split(df: pd.DataFrame):
    start = df[TIME].max() - pd.Timedelta(days=HOLDOUT_DAYS)
    return df[df[TIME] < start], df[df[TIME] >= start]


def evaluate(y, p) -> dict:
    return {"roc_auc": roc_auc_score(y, p), "avg_precision": average_precision_score(y, p), "log_loss": log_loss(y, p)}


def main() -> None:
    df = add_context(clean(load(Path("train.csv"))))
    train, test = time_split(df)
    feats = BASE + CONTEXT
    log.info("train %d rows, test %d rows, %d features", len(train), len(test), len(feats))

    model = HistGradientBoostingClassifier(**PARAMS).fit(train[feats], train[TARGET])
    metrics = evaluate(test[TARGET], model.predict_proba(test[feats])[:, 1])
    log.info("holdout: %s", json.dumps(metrics, default=float))
    Path("metrics.json").write_text(json.dumps(metrics, indent=2, default=float))

    sub = add_context(clean(load(Path("test.csv"))))
    final = HistGradientBoostingClassifier(**PARAMS).fit(df[feats], df[TARGET])
    pd.DataFrame({ID: sub[ID], "prediction": final.predict_proba(sub[feats])[:, 1]}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
