"""House price regression on numeric attributes with a chronological holdout."""
from __future__ import annotations

from typing import Callable

import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score

TARGET = "price"
DATE = "sale_date"
HOLDOUT_FROM = "2015-01-01"

FeatureFn = Callable[[pd.DataFrame], pd.DataFrame]


def add_age(df: pd.DataFrame) -> pd.DataFrame:
    df = df.copy()
    df["house_age"] = df[DATE].dt.year - df["year_built"]
    return df


def add_ratios(df: pd.DataFrame) -> pd.DataFrame:
    df = df.copy()
    df["living_to_lot"] = df["sqft_living"] / df["sqft_lot"].clip(lower=1)
    df["bath_per_bed"] = df["bathrooms"] / df["bedrooms"].clip(lower=1)
    return df


def add_calendar(df: pd.DataFrame) -> pd.DataFrame:
    df = df.copy()
    df["sale_month"] = df[DATE].dt.month
    df["sale_year"] = df[DATE].dt.year
    return df


PIPELINE_STEPS: list[FeatureFn] = [add_age, add_ratios, add_calendar]


def build(df: pd.DataFrame, steps: list[FeatureFn]) -> pd.DataFrame:
    for step in steps:
        df = step(df)
    return df


def numeric_features(df: pd.DataFrame) -> list[str]:
    """Every numeric column except the label."""
    return [c for c in df.select_dtypes("number").columns if c != TARGET]


def metrics(y_true: pd.Series, y_pred: np.ndarray) -> dict[str, float]:
    return {
        "mae": mean_absolute_error(y_true, y_pred),
        "rmse": float(np.sqrt(mean_squared_error(y_true, y_pred))),
        "r2": r2_score(y_true, y_pred),
    }


def main() -> None:
    raw = pd.read_csv("data/house_sales.csv", parse_dates=[DATE],
                      dtype={"sale_id": "int64", "zipcode": "int64"})
    df = build(raw.sort_values(DATE), PIPELINE_STEPS)

    cols = numeric_features(df)
    train = df[df[DATE] < HOLDOUT_FROM]
    test = df[df[DATE] >= HOLDOUT_FROM]
    X_tr, y_tr = train[cols].fillna(0), train[TARGET]
    X_te, y_te = test[cols].fillna(0), test[TARGET]

    results = {}
    for name, model in {
        "mean_baseline": DummyRegressor(strategy="mean"),
        "gbm": GradientBoostingRegressor(n_estimators=400, max_depth=4,
                                         learning_rate=0.05, subsample=0.8,
                                         random_state=0),
    }.items():
        model.fit(X_tr, y_tr)
        results[name] = metrics(y_te, model.predict(X_te))

    print("features:", cols)
    print(pd.DataFrame(results).T.round(3))


if __name__ == "__main__":
    main()
