"""
House prices -- gradient boosting evaluated with expanding-window CV.

Sales are ordered by date and scored with TimeSeriesSplit: every fold trains on
earlier sales and validates on the next block of later sales. Imputation and
encoding live inside the pipeline, so each fold refits them on its own
training rows.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Dict, List

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.impute import SimpleImputer
from sklearn.model_selection import TimeSeriesSplit, cross_validate
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OrdinalEncoder

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
logger = logging.getLogger("house_tscv")


class Config:
    path: Path = Path("train.csv")
    target: str = "price"
    date_col: str = "sale_date"
    n_splits: int = 5
    numeric: List[str] = ["sqft_living", "sqft_lot", "bedrooms", "bathrooms", "year_built",
                          "year_renovated", "lat", "lon", "garage_spaces", "sale_month", "sale_year"]
    categorical: List[str] = ["zipcode", "condition", "grade"]


def load_data(cfg: Config) -> pd.DataFrame:
    df = pd.read_csv(cfg.path, parse_dates=[cfg.date_col])
    df = df.sort_values(cfg.date_col).reset_index(drop=True)
    df["sale_month"] = df[cfg.date_col].dt.month
    df["sale_year"] = df[cfg.date_col].dt.year
    df["zipcode"] = df["zipcode"].astype(str)
    return df


def build_pipeline(cfg: Config) -> Pipeline:
    pre = ColumnTransformer([
        ("num", SimpleImputer(strategy="median"), cfg.numeric),
        ("cat", OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1), cfg.categorical),
    ])
    model = HistGradientBoostingRegressor(loss="absolute_error", learning_rate=0.05, max_iter=600,
                                          max_leaf_nodes=31, random_state=0)
    return Pipeline([("pre", pre), ("model", model)])


def evaluate_model(estimator, X: pd.DataFrame, y: pd.Series, cfg: Config) -> Dict[str, float]:
    cv = TimeSeriesSplit(n_splits=cfg.n_splits)
    res = cross_validate(estimator, X, y, cv=cv,
                         scoring=["neg_mean_absolute_error", "neg_root_mean_squared_error", "r2"])
    return {
        "MAE": -np.mean(res["test_neg_mean_absolute_error"]),
        "RMSE": -np.mean(res["test_neg_root_mean_squared_error"]),
        "R2": np.mean(res["test_r2"]),
    }


def main() -> None:
    cfg = Config()
    df = load_data(cfg)
    X, y = df[cfg.numeric + cfg.categorical], df[cfg.target]

    scores = {
        "dummy_median": evaluate_model(DummyRegressor(strategy="median"), X, y, cfg),
        "hist_gbr": evaluate_model(build_pipeline(cfg), X, y, cfg),
    }
    logger.info("\n%s", pd.DataFrame(scores).T.round(3))


if __name__ == "__main__":
    main()
