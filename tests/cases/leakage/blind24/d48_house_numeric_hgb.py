"""
House price regression -- quick gradient boosting model on numeric columns.

Uses all numeric columns of the extract plus a few date parts, trains on sales
before 2023-04 and evaluates on later sales.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
logger = logging.getLogger(__name__)


@dataclass
class Config:
    data_file: Path = Path("train.csv")
    target: str = "price"
    date_column: str = "sale_date"
    test_start: str = "2023-04-01"
    learning_rate: float = 0.05
    max_iter: int = 800


def load_data(cfg: Config) -> pd.DataFrame:
    df = pd.read_csv(cfg.data_file, parse_dates=[cfg.date_column])
    logger.info("loaded %d sales between %s and %s", len(df),
                df[cfg.date_column].min().date(), df[cfg.date_column].max().date())
    return df


def engineer_features(df: pd.DataFrame, cfg: Config) -> pd.DataFrame:
    out = df.copy()
    out["sale_month"] = out[cfg.date_column].dt.month
    out["age_at_sale"] = out[cfg.date_column].dt.year - out["year_built"]
    out["bath_per_bed"] = out["bathrooms"] / out["bedrooms"].replace(0, np.nan)
    return out


def get_xy(df: pd.DataFrame, cfg: Config) -> tuple[pd.DataFrame, pd.Series]:
    num = df.select_dtypes("number")
    return num.drop(columns=[cfg.target]), num[cfg.target]


def train_model(X: pd.DataFrame, y: pd.Series, cfg: Config) -> HistGradientBoostingRegressor:
    model = HistGradientBoostingRegressor(learning_rate=cfg.learning_rate, max_iter=cfg.max_iter,
                                          l2_regularization=0.5, early_stopping=False, random_state=0)
    return model.fit(X, np.log1p(y))


def evaluate_model(model, X: pd.DataFrame, y: pd.Series) -> dict[str, float]:
    pred = np.expm1(model.predict(X))
    return {"mae": mean_absolute_error(y, pred),
            "rmse": mean_squared_error(y, pred) ** 0.5,
            "r2": r2_score(y, pred)}


def main() -> None:
    cfg = Config()
    df = engineer_features(load_data(cfg), cfg)
    train = df[df[cfg.date_column] < cfg.test_start]
    test = df[df[cfg.date_column] >= cfg.test_start]

    X_train, y_train = get_xy(train, cfg)
    X_test, y_test = get_xy(test, cfg)
    logger.info("features: %s", list(X_train.columns))

    model = train_model(X_train, y_train, cfg)
    for name, value in evaluate_model(model, X_test, y_test).items():
        logger.info("test %s = %.3f", name, value)


if __name__ == "__main__":
    main()
