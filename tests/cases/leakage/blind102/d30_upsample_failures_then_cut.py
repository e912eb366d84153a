"""Predict machine failure within 7 days.

Failures are ~4 % of readings, so failure readings are upsampled (with
replacement) to 25 % before training a gradient boosting model.
"""
from __future__ import annotations

import argparse
import logging
from typing import Dict, List, Tuple

import numpy as np
import pandas as pd
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.utils import resample

LOG = logging.getLogger("pdm.upsample")

TARGET = "failure_7d"
ID_COL = "reading_id"
TIME_COL = "reading_time"
GROUP_COL = "machine_id"
FEATURES = ["temperature", "vibration", "pressure", "rpm", "voltage", "age_days", "hours_since_service"]


def parse() -> argparse.Namespace:
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", default="train.csv")
    ap.add_argument("--test", default="test.csv")
    ap.add_argument("--cutoff", default="2024-01-01")
    ap.add_argument("--minority-share", type=float, default=0.25)
    ap.add_argument("--seed", type=int, default=7)
    return ap.parse_args()


def load(path: str) -> pd.DataFrame:
    df = pd.read_csv(path, parse_dates=[TIME_COL])
    df[FEATURES] = df[FEATURES].fillna(-1.0)
    return df


def upsample_failures(df: pd.DataFrame, share: float = 0.25, seed: int = 7) -> pd.DataFrame:
    """Duplicate failure rows until they make up `share` of the frame."""
    pos, neg = df[df[TARGET] == 1], df[df[TARGET] == 0]
    if pos.empty:
        return df
    n_pos = int(share * len(neg) / (1 - share))
    pos_up = resample(pos, replace=True, n_samples=n_pos, random_state=seed)
    out = pd.concat([neg, pos_up]).sort_values(TIME_COL)
    LOG.info("positives %d -> %d", len(pos), len(pos_up))
    return out


def split_new_machines(df: pd.DataFrame, cutoff: str) -> Tuple[pd.DataFrame, pd.DataFrame]:
    t = pd.Timestamp(cutoff)
    train = df[df[TIME_COL] < t]
    later = df[df[TIME_COL] >= t]
    return train, later[~later[GROUP_COL].isin(train[GROUP_COL].unique())]


def evaluate(model, df: pd.DataFrame) -> Dict[str, float]:
    p = model.predict_proba(df[FEATURES])[:, 1]
    return {"roc_auc": round(roc_auc_score(df[TARGET], p), 4), "pr_auc": round(average_precision_score(df[TARGET], p), 4)}


def main() -> None:
    args = parse()
    logging.basicConfig(level=logging.INFO, format="%(name)s - %(message)s")

    raw = load(args.train)
    balanced = upsample_failures(raw, share=args.minority_share, seed=args.seed)
    train, test = split_new_machines(balanced, args.cutoff)
    LOG.info("train %d rows, test %d rows", len(train), len(test))

    gbm = GradientBoostingClassifier(n_estimators=250, max_depth=3, learning_rate=0.05, random_state=args.seed)
    gbm.fit(train[FEATURES], train[TARGET])
    LOG.info("test: %s", evaluate(gbm, test))

    sub = load(args.test)
    pd.DataFrame({ID_COL: sub[ID_COL], "prediction": gbm.predict_proba(sub[FEATURES])[:, 1]}).to_csv(
        "predictions.csv", index=False
    )


if __name__ == "__main__":
    main()
