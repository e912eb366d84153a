"""
House prices: LightGBM with a neighbourhood price-level feature.

The price level of a zipcode (median price per square foot) is a strong
signal. It is computed from the training period's sales only and then looked
up for the later test sales; zipcodes unseen in training fall back to the
overall training median.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import List, Tuple

import numpy as np
import pandas as pd
from lightgbm import LGBMRegressor
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error, mean_absolute_percentage_error

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
log = logging.getLogger("house.zip")


@dataclass
class Config:
    csv: Path = Path("train.csv")
    target: str = "price"
    time_col: str = "sale_date"
    cutoff: str = "2023-01-01"
    min_sales_per_zip: int = 5


BASE = ["sqft_living", "sqft_lot", "bedrooms", "bathrooms", "year_built", "grade", "condition",
        "garage_spaces", "has_pool", "lat", "lon"]


def load_data(cfg: Config) -> pd.DataFrame:
    return pd.read_csv(cfg.csv, parse_dates=[cfg.time_col])


def split_by_date(df: pd.DataFrame, cfg: Config) -> Tuple[pd.DataFrame, pd.DataFrame]:
    before = df[cfg.time_col] < pd.Timestamp(cfg.cutoff)
    return df[before].copy(), df[~before].copy()


class ZipPriceLevel:
    def __init__(self, min_sales: int) -> None:
        self.min_sales = min_sales

    def fit(self, train: pd.DataFrame, target: str) -> "ZipPriceLevel":
        ppsf = train[target] / train["sqft_living"]
        stats = ppsf.groupby(train["zipcode"]).agg(["median", "size"])
        self.table_ = stats.loc[stats["size"] >= self.min_sales, "median"]
        self.fallback_ = float(ppsf.median())
        return self

    def transform(self, df: pd.DataFrame) -> pd.Series:
        return df["zipcode"].map(self.table_).fillna(self.fallback_)


def engineer_features(df: pd.DataFrame, level: ZipPriceLevel) -> pd.DataFrame:
    X = df[BASE].copy()
    X["zip_ppsf"] = level.transform(df)
    X["expected_price"] = X["zip_ppsf"] * df["sqft_living"]
    X["sale_month"] = df["sale_date"].dt.month
    return X


def train_model(X: pd.DataFrame, y: pd.Series) -> LGBMRegressor:
    return LGBMRegressor(n_estimators=800, learning_rate=0.03, num_leaves=40, subsample=0.8,
                         subsample_freq=1, colsample_bytree=0.8, verbose=-1).fit(X, np.log1p(y))


def evaluate_model(name: str, y: pd.Series, pred: np.ndarray) -> None:
    log.info("%s: MAE %.0f | MAPE %.3f", name, mean_absolute_error(y, pred), mean_absolute_percentage_error(y, pred))


def main() -> None:
    cfg = Config()
    train, test = split_by_date(load_data(cfg), cfg)
    level = ZipPriceLevel(cfg.min_sales_per_zip).fit(train, cfg.target)

    X_train, X_test = engineer_features(train, level), engineer_features(test, level)
    model = train_model(X_train, train[cfg.target])
    dummy = DummyRegressor(strategy="median").fit(X_train, train[cfg.target])

    evaluate_model("dummy (median)", test[cfg.target], dummy.predict(X_test))
    evaluate_model("lightgbm", test[cfg.target], np.expm1(model.predict(X_test)))


if __name__ == "__main__":
    main()
