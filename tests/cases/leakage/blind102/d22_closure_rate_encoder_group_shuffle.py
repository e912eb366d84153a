"""Renewal cancellation: rate-encoded plan x country, logistic regression.

The plan/country combination has ~120 levels; each is replaced by its historical
cancellation rate through an encoder closure built once from the data.
Validation holds out whole subscribers (GroupShuffleSplit).
"""
from __future__ import annotations

import argparse
import logging
from typing import Callable, Dict, Tuple

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import GroupShuffleSplit
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

LOG = logging.getLogger("renewal.rate")

TARGET = "cancelled"
ID_COL = "invoice_id"
GROUP_COL = "subscriber_id"
NUM_COLS = ["monthly_price", "tenure_months", "n_logins_30d", "support_tickets_90d", "discount_pct"]


def options() -> argparse.Namespace:
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", default="train.csv")
    ap.add_argument("--test", default="test.csv")
    ap.add_argument("--smoothing", type=float, default=50.0)
    ap.add_argument("--seed", type=int, default=13)
    return ap.parse_args()


def combo_key(df: pd.DataFrame) -> pd.Series:
    return df["plan"].astype(str) + "|" + df["country"].astype(str)


def make_rate_encoder(history: pd.DataFrame, smoothing: float = 50.0) -> Callable[[pd.DataFrame], pd.Series]:
    """Return a function mapping rows to the smoothed cancellation rate of their plan|country combo."""
    keys = combo_key(history)
    prior = history[TARGET].mean()
    agg = history.groupby(keys)[TARGET].agg(["sum", "count"])
    rates = (agg["sum"] + smoothing * prior) / (agg["count"] + smoothing)

    def encode(frame: pd.DataFrame) -> pd.Series:
        return combo_key(frame).map(rates).fillna(prior).rename("combo_rate")

    return encode


def featurize(df: pd.DataFrame, encoder: Callable[[pd.DataFrame], pd.Series]) -> pd.DataFrame:
    X = df[NUM_COLS].fillna(0.0).copy()
    X["autopay"] = df["autopay"].astype(int)
    X["combo_rate"] = encoder(df)
    return X


def holdout_subscribers(df: pd.DataFrame, seed: int) -> Tuple[np.ndarray, np.ndarray]:
    gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=seed)
    tr_idx, va_idx = next(gss.split(df, df[TARGET], groups=df[GROUP_COL]))
    return tr_idx, va_idx


def evaluate(model, X, y) -> Dict[str, float]:
    p = model.predict_proba(X)[:, 1]
    return {"auc": round(roc_auc_score(y, p), 4), "ap": round(average_precision_score(y, p), 4)}


def main() -> None:
    opts = options()
    logging.basicConfig(level=logging.INFO, format="%(message)s")

    df = pd.read_csv(opts.train, parse_dates=["billing_date"])
    encoder = make_rate_encoder(df, smoothing=opts.smoothing)
    X, y = featurize(df, encoder), df[TARGET]

    tr_idx, va_idx = holdout_subscribers(df, opts.seed)
    assert not set(df[GROUP_COL].iloc[tr_idx]) & set(df[GROUP_COL].iloc[va_idx])

    baseline = DummyClassifier(strategy="prior").fit(X.iloc[tr_idx], y.iloc[tr_idx])
    model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000, class_weight="balanced"))
    model.fit(X.iloc[tr_idx], y.iloc[tr_idx])

    LOG.info("baseline: %s", evaluate(baseline, X.iloc[va_idx], y.iloc[va_idx]))
    LOG.info("logreg:   %s", evaluate(model, X.iloc[va_idx], y.iloc[va_idx]))

    model.fit(X, y)
    test = pd.read_csv(opts.test, parse_dates=["billing_date"])
    pd.DataFrame({ID_COL: test[ID_COL], "prediction": model.predict_proba(featurize(test, encoder))[:, 1]}).to_csv(
        "predictions.csv", index=False
    )


if __name__ == "__main__":
    main()
