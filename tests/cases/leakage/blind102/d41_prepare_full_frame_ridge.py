"""Restaurant daily covers - ridge regression on standardised features.

Validation mirrors the test set: days after --cutoff of restaurants that
opened after it (no history before the cut).
"""
from __future__ import annotations

import argparse
import logging
from typing import Dict, List, Optional, Tuple

import numpy as np
import pandas as pd
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_absolute_error, mean_squared_error
from sklearn.preprocessing import StandardScaler

log = logging.getLogger("covers.ridge")

TARGET = "covers"
ID_COL = "row_id"
TIME_COL = "service_date"
GROUP_COL = "restaurant_id"
NUM_COLS = ["seats", "reservations", "temp_c", "rain_mm", "is_holiday", "local_event", "promo_active"]
CAT_COLS = ["cuisine", "city"]

COLUMNS: List[str] = []


def parse_args() -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--train", default="train.csv")
    ap.add_argument("--test", default="test.csv")
    ap.add_argument("--cutoff", default="2024-03-01")
    ap.add_argument("--alpha", type=float, default=3.0)
    return ap.parse_args()


def load(path: str) -> pd.DataFrame:
    df = pd.read_csv(path, parse_dates=[TIME_COL])
    df["dow"] = df[TIME_COL].dt.dayofweek
    df["month"] = df[TIME_COL].dt.month
    return df


def design(df: pd.DataFrame) -> pd.DataFrame:
    """One-hot categoricals + day-of-week dummies, aligned on the first call's columns."""
    X = pd.get_dummies(df[NUM_COLS + CAT_COLS + ["dow", "month"]], columns=CAT_COLS + ["dow"], dtype=float)
    if not COLUMNS:
        COLUMNS.extend(X.columns)
    return X.reindex(columns=COLUMNS, fill_value=0.0)


def prepare(df: pd.DataFrame, scaler: Optional[StandardScaler] = None) -> Tuple[np.ndarray, StandardScaler]:
    """Design matrix, constant-filled, standardised (fits the scaler when not given)."""
    X = design(df).fillna(0.0)
    if scaler is None:
        scaler = StandardScaler().fit(X)
    return scaler.transform(X), scaler


def new_restaurant_mask(df: pd.DataFrame, cutoff: str) -> Tuple[np.ndarray, np.ndarray]:
    """Boolean masks (train, validation) for a time cut that keeps only unseen restaurants after it."""
    t = pd.Timestamp(cutoff)
    is_train = (df[TIME_COL] < t).to_numpy()
    seen = set(df.loc[is_train, GROUP_COL])
    is_valid = (~is_train) & (~df[GROUP_COL].isin(seen)).to_numpy()
    return is_train, is_valid


def report(y, pred) -> Dict[str, float]:
    return {"mae": round(mean_absolute_error(y, pred), 2), "rmse": round(float(np.sqrt(mean_squared_error(y, pred))), 2)}


def main() -> None:
    args = parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")

    df = load(args.train)
    X, scaler = prepare(df)
    y = df[TARGET].to_numpy()
    tr, va = new_restaurant_mask(df, args.cutoff)
    assert X.shape[0] == len(y) and tr.sum() and va.sum()

    model = Ridge(alpha=args.alpha).fit(X[tr], y[tr])
    log.info("validation (new restaurants): %s", report(y[va], model.predict(X[va])))

    coefs = pd.Series(model.coef_, index=COLUMNS).sort_values()
    log.info("coefficients:\n%s", coefs.round(2).to_string())

    model.fit(X, y)
    test = load(args.test)
    X_test, _ = prepare(test, scaler=scaler)
    pd.DataFrame({ID_COL: test[ID_COL], "prediction": np.clip(model.predict(X_test), 0, None)}).to_csv(
        "predictions.csv", index=False
    )


if __name__ == "__main__":
    main()
