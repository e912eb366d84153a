"""House prices: log-target ridge with a strictly later test period."""
from __future__ import annotations

from typing import Callable, Iterable

import numpy as np
import pandas as pd
from sklearn.base import clone
from sklearn.dummy import DummyRegressor
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_absolute_error, r2_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

Step = Callable[[pd.DataFrame], pd.DataFrame]
TARGET, DATE, ID = "price", "sale_date", "sale_id"


def add_log_sizes(df: pd.DataFrame) -> pd.DataFrame:
    return df.assign(log_living=np.log1p(df["sqft_living"]), log_lot=np.log1p(df["sqft_lot"]))


def add_age(df: pd.DataFrame) -> pd.DataFrame:
    return df.assign(age=df[DATE].dt.year - df["year_built"],
                     new_build=(df[DATE].dt.year - df["year_built"] <= 2).astype(int))


def add_onehots(df: pd.DataFrame) -> pd.DataFrame:
    return pd.get_dummies(df, columns=["neighborhood"], prefix="nb", dtype=int)


def clip_outliers(df: pd.DataFrame) -> pd.DataFrame:
    return df.assign(bedrooms=df["bedrooms"].clip(0, 8), bathrooms=df["bathrooms"].clip(0, 6))


STEPS: list[Step] = [add_log_sizes, add_age, clip_outliers, add_onehots]


def apply_steps(df: pd.DataFrame, steps: Iterable[Step]) -> pd.DataFrame:
    for step in steps:
        df = step(df)
    return df


def feature_columns(df: pd.DataFrame) -> list[str]:
    base = ["log_living", "log_lot", "bedrooms", "bathrooms", "grade", "condition",
            "age", "new_build", "has_garage"]
    return base + [c for c in df.columns if c.startswith("nb_")]


def main() -> None:
    sales = pd.read_csv("data/house_sales.csv", parse_dates=[DATE]).sort_values(DATE)
    sales = apply_steps(sales, STEPS)
    cols = feature_columns(sales)
    sales[cols] = sales[cols].fillna(0)

    boundary = sales[DATE].quantile(0.8)
    train, test = sales[sales[DATE] <= boundary], sales[sales[DATE] > boundary]
    y_log = np.log(train[TARGET])

    models = {
        "mean_of_train": DummyRegressor(strategy="mean"),
        "ridge": make_pipeline(StandardScaler(), Ridge(alpha=10.0)),
    }
    report = {}
    for name, model in models.items():
        fitted = clone(model).fit(train[cols], y_log)
        pred = np.exp(fitted.predict(test[cols]))
        report[name] = {"MAE": mean_absolute_error(test[TARGET], pred), "R2": r2_score(test[TARGET], pred)}
    print(f"train until {boundary.date()}, test n={len(test)}")
    print(pd.DataFrame(report).T.round(3))


if __name__ == "__main__":
    main()
