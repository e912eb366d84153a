"""Mortgage prepayment (12m) - logistic regression on scaled features.

Usage: python d03_prepare_scaler_full_frame.py --data train.csv --test test.csv
"""
from __future__ import annotations

import argparse
import logging
from typing import List, Optional, Tuple

import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import log_loss, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

log = logging.getLogger(__name__)

TARGET = "prepaid_12m"
ID_COL = "loan_id"
NUM_COLS = ["orig_rate", "rate_gap", "loan_age_months", "ltv", "fico", "dti", "loan_amount", "num_borrowers"]
CAT_COLS = ["property_type", "occupancy", "channel"]

DUMMY_COLUMNS: List[str] = []


def parse_args() -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--data", default="train.csv")
    p.add_argument("--test", default="test.csv")
    p.add_argument("--out", default="predictions.csv")
    p.add_argument("--C", type=float, default=0.5)
    p.add_argument("--seed", type=int, default=0)
    return p.parse_args()


def load(path: str) -> pd.DataFrame:
    """Read the csv and apply the stateless cleanups."""
    df = pd.read_csv(path)
    if df.empty:
        raise ValueError(f"{path} is empty")
    df["loan_amount"] = np.log1p(df["loan_amount"])
    return df


def design_matrix(df: pd.DataFrame) -> pd.DataFrame:
    """Numeric columns + one-hot categoricals aligned on the first call's columns."""
    X = pd.get_dummies(df[NUM_COLS + CAT_COLS], columns=CAT_COLS, dtype=float)
    if not DUMMY_COLUMNS:
        DUMMY_COLUMNS.extend(X.columns)
    return X.reindex(columns=DUMMY_COLUMNS, fill_value=0.0)


def prepare(
    df: pd.DataFrame,
    scaler: Optional[StandardScaler] = None,
    medians: Optional[pd.Series] = None,
) -> Tuple[np.ndarray, StandardScaler, pd.Series]:
    """Impute, one-hot and scale. Learns medians / a scaler when none are given."""
    X = design_matrix(df)
    if medians is None:
        medians = X.median()
    X = X.fillna(medians)
    if scaler is None:
        scaler = StandardScaler().fit(X)
    return scaler.transform(X), scaler, medians


def fit_model(X: np.ndarray, y: np.ndarray, C: float, seed: int) -> LogisticRegression:
    model = LogisticRegression(C=C, max_iter=2000, random_state=seed)
    return model.fit(X, y)


def evaluate(model: LogisticRegression, X: np.ndarray, y: np.ndarray) -> dict:
    p = model.predict_proba(X)[:, 1]
    return {"roc_auc": roc_auc_score(y, p), "log_loss": log_loss(y, p)}


def main() -> None:
    args = parse_args()
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")

    df = load(args.data)
    X, scaler, medians = prepare(df)
    y = df[TARGET].to_numpy()
    assert X.shape[0] == y.shape[0]

    X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.25, stratify=y, random_state=args.seed)
    model = fit_model(X_tr, y_tr, args.C, args.seed)
    metrics = evaluate(model, X_te, y_te)
    log.info("holdout: %s", {k: round(v, 4) for k, v in metrics.items()})

    coefs = pd.Series(model.coef_[0], index=DUMMY_COLUMNS).sort_values()
    log.info("most negative:\n%s", coefs.head(5))
    log.info("most positive:\n%s", coefs.tail(5))

    test = load(args.test)
    X_test, _, _ = prepare(test, scaler=scaler, medians=medians)
    pd.DataFrame({ID_COL: test[ID_COL], "prediction": model.predict_proba(X_test)[:, 1]}).to_csv(args.out, index=False)
    log.info("wrote %s", args.out)


if __name__ == "__main__":
    main()
