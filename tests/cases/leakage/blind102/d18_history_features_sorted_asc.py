"""Renewal cancellation model with per-subscriber history features.

For every invoice we add what we know about the subscriber's previous invoice
(logins, tickets, discount) and running counts, then fit gradient boosting.

    python d18_history_features_sorted_asc.py --cutoff 2023-07-01
"""
from __future__ import annotations

import argparse
import logging
from typing import Dict, List, Tuple

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

log = logging.getLogger("renewal.history")

TARGET = "cancelled"
ID_COL = "invoice_id"
TIME_COL = "billing_date"
GROUP_COL = "subscriber_id"
BASE_FEATURES = ["monthly_price", "tenure_months", "n_logins_30d", "support_tickets_90d", "discount_pct"]
HIST_SOURCES = ["n_logins_30d", "support_tickets_90d", "discount_pct"]


def parse_args() -> argparse.Namespace:
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", default="train.csv")
    ap.add_argument("--test", default="test.csv")
    ap.add_argument("--cutoff", default="2023-07-01")
    ap.add_argument("--seed", type=int, default=0)
    return ap.parse_args()


def load(path: str) -> pd.DataFrame:
    df = pd.read_csv(path, parse_dates=[TIME_COL])
    assert df[ID_COL].is_unique, f"duplicate {ID_COL} in {path}"
    df["autopay"] = df["autopay"].astype(int)
    return df


def add_history(df: pd.DataFrame, sources: List[str] = HIST_SOURCES) -> Tuple[pd.DataFrame, List[str]]:
    """Previous-invoice values, deltas and invoice counter per subscriber (oldest invoice first, so shift(1) is the past)."""
    df = df.sort_values([GROUP_COL, TIME_COL], ascending=[True, True]).copy()
    g = df.groupby(GROUP_COL, sort=False)
    new_cols: List[str] = []
    for col in sources:
        prev = f"{col}_prev"
        df[prev] = g[col].shift(1)
        df[f"{col}_delta"] = df[col] - df[prev]
        new_cols += [prev, f"{col}_delta"]
    df["invoice_number"] = g.cumcount() + 1
    new_cols.append("invoice_number")
    return df.sort_index(), new_cols


def split_by_time(df: pd.DataFrame, cutoff: str) -> Tuple[pd.DataFrame, pd.DataFrame]:
    """Invoices before cutoff for training; later invoices of subscribers unseen in training for evaluation."""
    cut = pd.Timestamp(cutoff)
    past, future = df[df[TIME_COL] < cut], df[df[TIME_COL] >= cut]
    future = future[~future[GROUP_COL].isin(past[GROUP_COL].unique())]
    return past, future


def scores(y, p) -> Dict[str, float]:
    return {"roc_auc": round(roc_auc_score(y, p), 4), "ap": round(average_precision_score(y, p), 4)}


def main() -> None:
    args = parse_args()
    logging.basicConfig(level=logging.INFO, format="%(name)s %(message)s")

    df = load(args.train)
    df, hist_cols = add_history(df)
    features = BASE_FEATURES + ["autopay"] + hist_cols
    train, valid = split_by_time(df, args.cutoff)
    log.info("train=%d valid=%d features=%d", len(train), len(valid), len(features))

    dummy = DummyClassifier(strategy="prior").fit(train[features], train[TARGET])
    model = HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, random_state=args.seed)
    model.fit(train[features], train[TARGET])

    log.info("prior baseline %s", scores(valid[TARGET], dummy.predict_proba(valid[features])[:, 1]))
    log.info("hgb            %s", scores(valid[TARGET], model.predict_proba(valid[features])[:, 1]))

    model.fit(df[features], df[TARGET])
    test, _ = add_history(load(args.test))
    pd.DataFrame({ID_COL: test[ID_COL], "prediction": model.predict_proba(test[features])[:, 1]}).to_csv(
        "predictions.csv", index=False
    )


if __name__ == "__main__":
    main()
