"""
House price take-home -- gradient boosting with noise augmentation.

The dataset is small, so the data-prep step adds jittered copies of each sale
(±2% on the size columns) to make the model more robust to measurement noise.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import List

import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error

logging.basicConfig(level=logging.INFO)
LOGGER = logging.getLogger("house.augment")


class Config:
    path = Path("train.csv")
    target = "price"
    date_col = "sale_date"
    test_start = "2023-04-01"
    n_copies = 2
    jitter = 0.02
    jitter_cols = ["sqft_living", "sqft_lot"]
    features = ["sqft_living", "sqft_lot", "bedrooms", "bathrooms", "year_built", "grade",
                "condition", "garage_spaces", "lat", "lon"]
    seed = 42


def load_data() -> pd.DataFrame:
    return pd.read_csv(Config.path, parse_dates=[Config.date_col])


def augment(df: pd.DataFrame, n_copies: int, jitter: float, cols: List[str], seed: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    copies = []
    for _ in range(n_copies):
        c = df.copy()
        c[cols] = c[cols] * rng.uniform(1 - jitter, 1 + jitter, size=(len(c), len(cols)))
        copies.append(c)
    return pd.concat([df, *copies], ignore_index=True)


def prepare_data(df: pd.DataFrame) -> pd.DataFrame:
    df = df.dropna(subset=[Config.target])
    df = df[df["sqft_living"] > 200]
    return augment(df, Config.n_copies, Config.jitter, Config.jitter_cols, Config.seed)


def train_model(X: pd.DataFrame, y: pd.Series) -> GradientBoostingRegressor:
    return GradientBoostingRegressor(loss="huber", n_estimators=600, learning_rate=0.05,
                                     max_depth=4, subsample=0.8, random_state=Config.seed).fit(X, y)


def evaluate_model(name: str, y: pd.Series, pred: np.ndarray) -> None:
    LOGGER.info("%-12s MAE %.0f  RMSE %.0f", name, mean_absolute_error(y, pred), mean_squared_error(y, pred) ** 0.5)


def main() -> None:
    data = prepare_data(load_data())
    train = data[data[Config.date_col] < Config.test_start]
    test = data[data[Config.date_col] >= Config.test_start]
    LOGGER.info("train %d rows, test %d rows", len(train), len(test))

    X_train, y_train = train[Config.features], train[Config.target]
    X_test, y_test = test[Config.features], test[Config.target]

    evaluate_model("mean", y_test, DummyRegressor().fit(X_train, y_train).predict(X_test))
    evaluate_model("gbr", y_test, train_model(X_train, y_train).predict(X_test))


if __name__ == "__main__":
    main()
