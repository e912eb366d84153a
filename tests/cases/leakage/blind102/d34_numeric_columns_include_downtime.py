"""Failure within 7 days - extra-trees model on every numeric signal.

    python d34_numeric_columns_include_downtime.py --cutoff 2024-01-01 --trees 600
"""
from __future__ import annotations

import argparse
import logging
from typing import Dict, List, Tuple

import numpy as np
import pandas as pd
from sklearn.ensemble import ExtraTreesClassifier
from sklearn.metrics import average_precision_score, precision_recall_curve, roc_auc_score

log = logging.getLogger("pdm.et")

TARGET = "failure_7d"
ID_COL = "reading_id"
TIME_COL = "reading_time"
GROUP_COL = "machine_id"
KEYS = (ID_COL, GROUP_COL, TIME_COL, TARGET)


def parse_args() -> argparse.Namespace:
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", default="train.csv")
    ap.add_argument("--test", default="test.csv")
    ap.add_argument("--cutoff", default="2024-01-01")
    ap.add_argument("--trees", type=int, default=600)
    ap.add_argument("--seed", type=int, default=3)
    return ap.parse_args()


def load(path: str) -> pd.DataFrame:
    df = pd.read_csv(path, parse_dates=[TIME_COL])
    if df[ID_COL].duplicated().any():
        raise ValueError("duplicate reading ids")
    return df


def sensor_columns(df: pd.DataFrame) -> List[str]:
    """Numeric signal columns: everything numeric that is not a key or the label."""
    cols = [c for c in df.select_dtypes("number").columns if c not in KEYS]
    log.info("numeric columns: %s", cols)
    return cols


def add_ratios(df: pd.DataFrame) -> pd.DataFrame:
    out = df.copy()
    out["temp_per_rpm"] = out["temperature"] / out["rpm"].replace(0, np.nan)
    out["vib_x_age"] = out["vibration"] * out["age_days"]
    return out.fillna(-1)


def split_new_machines(df: pd.DataFrame, cutoff: str) -> Tuple[pd.DataFrame, pd.DataFrame]:
    t = pd.Timestamp(cutoff)
    before = df[df[TIME_COL] < t]
    after = df[df[TIME_COL] >= t]
    return before, after[~after[GROUP_COL].isin(set(before[GROUP_COL]))]


def pr_summary(y: np.ndarray, p: np.ndarray) -> Dict[str, float]:
    prec, rec, _ = precision_recall_curve(y, p)
    at_50 = float(prec[rec >= 0.5].max()) if (rec >= 0.5).any() else 0.0
    return {"roc_auc": roc_auc_score(y, p), "pr_auc": average_precision_score(y, p), "precision@recall50": at_50}


def main() -> None:
    args = parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")

    df = add_ratios(load(args.train))
    features = sensor_columns(df)
    train, test = split_new_machines(df, args.cutoff)
    assert train[TIME_COL].max() < test[TIME_COL].min()

    model = ExtraTreesClassifier(n_estimators=args.trees, min_samples_leaf=10, class_weight="balanced",
                                 n_jobs=-1, random_state=args.seed)
    model.fit(train[features], train[TARGET])
    res = pr_summary(test[TARGET].to_numpy(), model.predict_proba(test[features])[:, 1])
    log.info("test window: %s", {k: round(v, 4) for k, v in res.items()})

    top = pd.Series(model.feature_importances_, index=features).nlargest(5)
    log.info("top features:\n%s", top)

    sub = add_ratios(load(args.test))
    pd.DataFrame({ID_COL: sub[ID_COL], "prediction": model.predict_proba(sub[features])[:, 1]}).to_csv(
        "predictions.csv", index=False
    )


if __name__ == "__main__":
    main()
