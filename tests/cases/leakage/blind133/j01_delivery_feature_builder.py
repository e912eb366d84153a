"""Delivery time estimation - take-home for QuickBite.

Predict `delivery_minutes` for each order in test.csv.
Run: python j01_delivery_feature_builder.py --data-dir data/
"""
import argparse
import logging
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error
from sklearn.model_selection import train_test_split

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
log = logging.getLogger("delivery")


@dataclass
class Config:
    target: str = "delivery_minutes"
    id_col: str = "order_id"
    drop_cols: list = field(default_factory=lambda: ["customer_rating"])
    numeric: list = field(default_factory=lambda: [
        "distance_km", "prep_time_est_min", "basket_items", "basket_value", "courier_active_orders",
    ])
    categorical: list = field(default_factory=lambda: ["weather", "courier_vehicle", "city_zone"])
    test_size: float = 0.2
    seed: int = 7


class FeatureBuilder:
    """Imputes, scales numerics and one-hot encodes categoricals."""

    def __init__(self, numeric, categorical):
        self.numeric = numeric
        self.categorical = categorical
        self.medians_ = None
        self.means_ = None
        self.stds_ = None
        self.levels_ = {}

    def fit(self, df):
        self.medians_ = df[self.numeric].median()
        filled = df[self.numeric].fillna(self.medians_)
        self.means_ = filled.mean()
        self.stds_ = filled.std().replace(0, 1.0)
        for col in self.categorical:
            self.levels_[col] = sorted(df[col].dropna().unique().tolist())
        return self

    def transform(self, df):
        num = (df[self.numeric].fillna(self.medians_) - self.means_) / self.stds_
        parts = [num]
        for col in self.categorical:
            for level in self.levels_[col]:
                parts.append((df[col] == level).astype(int).rename(f"{col}={level}"))
        out = pd.concat(parts, axis=1)
        out["hour_sin"] = np.sin(2 * np.pi * df["placed_hour"] / 24)
        out["hour_cos"] = np.cos(2 * np.pi * df["placed_hour"] / 24)
        out["is_weekend"] = df["weekday"].isin([5, 6]).astype(int)
        return out

    def fit_transform(self, df):
        return self.fit(df).transform(df)


def load(data_dir: Path, cfg: Config):
    train = pd.read_csv(data_dir / "train.csv")
    test = pd.read_csv(data_dir / "test.csv")
    train = train.drop(columns=cfg.drop_cols)
    log.info("train %s, test %s", train.shape, test.shape)
    return train, test


def build_dataset(train: pd.DataFrame, cfg: Config):
    builder = FeatureBuilder(cfg.numeric, cfg.categorical)
    X = builder.fit_transform(train)
    y = train[cfg.target].values
    return X, y, builder


def evaluate(model, X_val, y_val, name):
    pred = model.predict(X_val)
    mae = mean_absolute_error(y_val, pred)
    rmse = mean_squared_error(y_val, pred) ** 0.5
    log.info("%-10s MAE=%.2f RMSE=%.2f", name, mae, rmse)
    return mae


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", default=".")
    parser.add_argument("--out", default="predictions.csv")
    args = parser.parse_args()
    cfg = Config()

    train, test = load(Path(args.data_dir), cfg)
    X, y, builder = build_dataset(train, cfg)
    X_tr, X_val, y_tr, y_val = train_test_split(X, y, test_size=cfg.test_size, random_state=cfg.seed)

    baseline = DummyRegressor(strategy="mean").fit(X_tr, y_tr)
    evaluate(baseline, X_val, y_val, "baseline")

    model = HistGradientBoostingRegressor(max_iter=400, learning_rate=0.05, random_state=cfg.seed)
    model.fit(X_tr, y_tr)
    evaluate(model, X_val, y_val, "hgb")

    model.fit(X, y)
    preds = model.predict(builder.transform(test))
    pd.DataFrame({cfg.id_col: test[cfg.id_col], "prediction": preds}).to_csv(args.out, index=False)
    log.info("wrote %s", args.out)


if __name__ == "__main__":
    main()
