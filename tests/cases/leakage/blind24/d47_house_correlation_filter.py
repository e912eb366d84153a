"""
House prices take-home: correlation-filtered random forest.

To keep the model small, only features whose absolute correlation with price is
at least 0.05 are kept. The filter is computed on the training period, then the
same column list is used for the test period.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import List

import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_absolute_error, r2_score

logger = logging.getLogger("house_rf")


class Config:
    DATA = Path("train.csv")
    TARGET = "price"
    DATE = "sale_date"
    ID = "sale_id"
    MIN_ABS_CORR = 0.05
    TEST_START = "2023-04-01"
    SEED = 6


def load_data() -> pd.DataFrame:
    df = pd.read_csv(Config.DATA, parse_dates=[Config.DATE])
    df["sale_year"] = df[Config.DATE].dt.year
    df["sale_quarter"] = df[Config.DATE].dt.quarter
    df["renovated"] = (df["year_renovated"] > 0).astype(int)
    df = pd.get_dummies(df, columns=["condition"], prefix="cond", dtype=int)
    return df


def candidate_columns(df: pd.DataFrame) -> List[str]:
    numeric = df.select_dtypes(include=[np.number]).columns
    return [c for c in numeric if c not in (Config.TARGET, Config.ID, "zipcode")]


def correlation_filter(train: pd.DataFrame, columns: List[str]) -> List[str]:
    corr = train[columns].corrwith(train[Config.TARGET]).abs()
    kept = corr[corr >= Config.MIN_ABS_CORR].sort_values(ascending=False)
    logger.info("kept %d/%d columns:\n%s", len(kept), len(columns), kept.round(3))
    return list(kept.index)


def train_model(X: pd.DataFrame, y: pd.Series) -> RandomForestRegressor:
    rf = RandomForestRegressor(n_estimators=500, min_samples_leaf=3, max_features=0.4,
                               n_jobs=-1, random_state=Config.SEED)
    return rf.fit(X, np.log(y))


def evaluate_model(label: str, y_true: pd.Series, y_pred: np.ndarray) -> None:
    logger.info("%-14s MAE %.0f  R2 %.3f", label, mean_absolute_error(y_true, y_pred), r2_score(y_true, y_pred))


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    df = load_data()
    train = df[df[Config.DATE] < Config.TEST_START]
    test = df[df[Config.DATE] >= Config.TEST_START]

    features = correlation_filter(train, candidate_columns(df))
    model = train_model(train[features], train[Config.TARGET])
    mean_model = DummyRegressor(strategy="mean").fit(train[features], train[Config.TARGET])

    evaluate_model("mean baseline", test[Config.TARGET], mean_model.predict(test[features]))
    evaluate_model("random forest", test[Config.TARGET], np.exp(model.predict(test[features])))


if __name__ == "__main__":
    main()
