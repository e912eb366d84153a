"""
House-price take-home: regularised linear model on log price.

Validation mimics production: fit on older sales, evaluate on the most recent
20% of sales by date.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer, TransformedTargetRegressor
from sklearn.dummy import DummyRegressor
from sklearn.impute import SimpleImputer
from sklearn.linear_model import RidgeCV
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

logging.basicConfig(level=logging.INFO, format="%(asctime)s | %(message)s")
logger = logging.getLogger("house_ridge")


@dataclass
class Config:
    data_path: Path = Path("train.csv")
    target: str = "price"
    time_column: str = "sale_date"
    test_fraction: float = 0.2
    numeric: list[str] = field(default_factory=lambda: [
        "sqft_living", "sqft_lot", "bedrooms", "bathrooms", "garage_spaces",
        "house_age", "years_since_renovation", "lat", "lon", "log_sqft_living",
    ])
    categorical: list[str] = field(default_factory=lambda: ["zipcode", "condition", "grade", "has_pool"])


def load_data(cfg: Config) -> pd.DataFrame:
    df = pd.read_csv(cfg.data_path, parse_dates=[cfg.time_column])
    return df.sort_values(cfg.time_column).reset_index(drop=True)


def engineer_features(df: pd.DataFrame) -> pd.DataFrame:
    out = df.copy()
    sale_year = out["sale_date"].dt.year
    out["house_age"] = sale_year - out["year_built"]
    last_work = out["year_renovated"].where(out["year_renovated"] > 0, out["year_built"])
    out["years_since_renovation"] = sale_year - last_work
    out["log_sqft_living"] = np.log(out["sqft_living"])
    out["zipcode"] = out["zipcode"].astype(str)
    return out


def time_split(df: pd.DataFrame, cfg: Config) -> tuple[pd.DataFrame, pd.DataFrame]:
    cutoff = df[cfg.time_column].quantile(1 - cfg.test_fraction)
    is_test = df[cfg.time_column] >= cutoff
    return df[~is_test], df[is_test]


def build_model(cfg: Config) -> TransformedTargetRegressor:
    pre = ColumnTransformer([
        ("num", Pipeline([("imp", SimpleImputer(strategy="median")), ("sc", StandardScaler())]), cfg.numeric),
        ("cat", OneHotEncoder(handle_unknown="ignore", min_frequency=10), cfg.categorical),
    ])
    pipe = Pipeline([("pre", pre), ("ridge", RidgeCV(alphas=np.logspace(-2, 3, 20)))])
    return TransformedTargetRegressor(regressor=pipe, func=np.log1p, inverse_func=np.expm1)


def evaluate_model(name: str, y_true: pd.Series, y_pred: np.ndarray) -> None:
    rmse = mean_squared_error(y_true, y_pred) ** 0.5
    logger.info("%-8s MAE %10.0f | RMSE %10.0f | R2 %.3f", name,
                mean_absolute_error(y_true, y_pred), rmse, r2_score(y_true, y_pred))


def main() -> None:
    cfg = Config()
    df = engineer_features(load_data(cfg))
    train, test = time_split(df, cfg)
    logger.info("train until %s, test from %s", train[cfg.time_column].max().date(), test[cfg.time_column].min().date())

    features = cfg.numeric + cfg.categorical
    model = build_model(cfg).fit(train[features], train[cfg.target])
    baseline = DummyRegressor(strategy="median").fit(train[features], train[cfg.target])

    evaluate_model("median", test[cfg.target], baseline.predict(test[features]))
    evaluate_model("ridge", test[cfg.target], model.predict(test[features]))


if __name__ == "__main__":
    main()
