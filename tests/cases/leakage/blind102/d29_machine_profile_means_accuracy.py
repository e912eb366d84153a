"""Failure-within-7-days classifier with machine profile features.

Each reading is compared with the machine's typical operating level
(mean / std of each sensor for that machine) - deviations from a machine's own
normal are what the maintenance engineers look at.
"""
from __future__ import annotations

import argparse
import logging
from typing import List, Tuple

import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score

log = logging.getLogger("pdm.profile")

TARGET = "failure_7d"
ID_COL = "reading_id"
TIME_COL = "reading_time"
GROUP_COL = "machine_id"
SENSORS = ["temperature", "vibration", "pressure", "rpm", "voltage"]
STATIC = ["age_days", "hours_since_service"]


def get_args() -> argparse.Namespace:
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", default="train.csv")
    ap.add_argument("--test", default="test.csv")
    ap.add_argument("--cutoff", default="2024-01-01")
    ap.add_argument("--trees", type=int, default=300)
    return ap.parse_args()


def machine_profile(df: pd.DataFrame, cols: List[str] = SENSORS) -> Tuple[pd.DataFrame, List[str]]:
    """Per-machine mean/std of each sensor and the z-score of the current reading."""
    out = df.copy()
    g = out.groupby(GROUP_COL)
    made: List[str] = []
    for col in cols:
        mu = g[col].transform("mean")
        sd = g[col].transform("std").replace(0, 1).fillna(1)
        out[f"{col}_machine_mean"] = mu
        out[f"{col}_z"] = (out[col] - mu) / sd
        made += [f"{col}_machine_mean", f"{col}_z"]
    return out, made


def split(df: pd.DataFrame, cutoff: str) -> Tuple[pd.DataFrame, pd.DataFrame]:
    """Before the cutoff -> train; after it, machines first seen after the cutoff -> test."""
    t = pd.Timestamp(cutoff)
    tr = df[df[TIME_COL] < t]
    te = df[(df[TIME_COL] >= t) & (~df[GROUP_COL].isin(tr[GROUP_COL]))]
    return tr, te


def main() -> None:
    args = get_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")

    df = pd.read_csv(args.train, parse_dates=[TIME_COL])
    df[SENSORS] = df[SENSORS].fillna(-1)
    df, prof_cols = machine_profile(df)
    features = SENSORS + STATIC + prof_cols

    train, test = split(df, args.cutoff)
    assert len(train) and len(test), "empty split"
    log.info("train %d / test %d", len(train), len(test))

    majority = DummyClassifier(strategy="most_frequent").fit(train[features], train[TARGET])
    rf = RandomForestClassifier(n_estimators=args.trees, min_samples_leaf=20, class_weight="balanced",
                                n_jobs=-1, random_state=1)
    rf.fit(train[features], train[TARGET])

    log.info("majority-class accuracy %.4f", accuracy_score(test[TARGET], majority.predict(test[features])))
    log.info("random forest accuracy  %.4f", accuracy_score(test[TARGET], rf.predict(test[features])))

    sub = pd.read_csv(args.test, parse_dates=[TIME_COL])
    sub[SENSORS] = sub[SENSORS].fillna(-1)
    sub, _ = machine_profile(sub)
    rf.fit(df[features], df[TARGET])
    pd.DataFrame({ID_COL: sub[ID_COL], "prediction": rf.predict_proba(sub[features])[:, 1]}).to_csv(
        "predictions.csv", index=False
    )


if __name__ == "__main__":
    main()
