"""Mortgage prepayment (12m) - logistic regression on scaled features.

Split first, learn the imputation medians and the scaler on the training part,
reuse them for the hold-out. Compared with a prior-only baseline.

Usage: python d04_prepare_scaler_train_only.py --data train.csv --test test.csv
"""
from __future__ import annotations

import argparse
import logging
from typing import Dict, List, Optional, Tuple

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
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


def evaluate(model, X: np.ndarray, y: np.ndarray) -> Dict[str, float]:
    p = np.clip(model.predict_proba(X)[:, 1], 1e-6, 1 - 1e-6)
    return {"roc_auc": roc_auc_score(y, p), "log_loss": log_loss(y, p)}


def main() -> None:
    args = parse_args()
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")

    df = load(args.data)
    train_df, hold_df = train_test_split(df, test_size=0.25, stratify=df[TARGET], random_state=args.seed)

    X_tr, scaler, medians = prepare(train_df)
    X_ho, _, _ = prepare(hold_df, scaler=scaler, medians=medians)
    y_tr, y_ho = train_df[TARGET].to_numpy(), hold_df[TARGET].to_numpy()
    assert X_tr.shape[1] == X_ho.shape[1] == len(DUMMY_COLUMNS)

    baseline = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
    model = LogisticRegression(C=args.C, max_iter=2000, random_state=args.seed).fit(X_tr, y_tr)
    for name, m in [("prior baseline", baseline), ("logreg", model)]:
        log.info("%-15s %s", name, {k: round(v, 4) for k, v in evaluate(m, X_ho, y_ho).items()})

    # final model on the whole training file
    X_all, scaler_all, medians_all = prepare(df)
    final = LogisticRegression(C=args.C, max_iter=2000, random_state=args.seed).fit(X_all, df[TARGET])

    test = load(args.test)
    X_test, _, _ = prepare(test, scaler=scaler_all, medians=medians_all)
    pd.DataFrame({ID_COL: test[ID_COL], "prediction": final.predict_proba(X_test)[:, 1]}).to_csv(args.out, index=False)
    log.info("wrote %s", args.out)


if __name__ == "__main__":
    main()
