"""Delivery delay with courier profile features (running averages per courier)."""
from __future__ import annotations

from typing import Callable

import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, r2_score

Builder = Callable[[pd.DataFrame], pd.DataFrame]
TARGET = "delay_min"


def courier_running_profile(df: pd.DataFrame) -> pd.DataFrame:
    """Running mean of distance and basket size for each courier."""
    ordered = df.sort_values(["courier_id", "order_ts"], ascending=[True, False])
    grp = ordered.groupby("courier_id")
    prof = pd.DataFrame(index=ordered.index)
    prof["courier_avg_km"] = grp["distance_km"].transform(lambda s: s.expanding().mean())
    prof["courier_avg_items"] = grp["n_items"].transform(lambda s: s.expanding().mean())
    prof["courier_orders_seen"] = grp.cumcount() + 1
    return df.join(prof)


def order_basics(df: pd.DataFrame) -> pd.DataFrame:
    out = df.copy()
    out["hour"] = out["order_ts"].dt.hour
    out["weekend"] = out["order_ts"].dt.dayofweek.isin([5, 6]).astype(int)
    out["bad_weather"] = out["weather"].isin(["rain", "snow", "storm"]).astype(int)
    return out


BUILDERS: list[Builder] = [order_basics, courier_running_profile]
FEATURES = ["distance_km", "n_items", "prep_time_est_min", "hour", "weekend", "bad_weather",
            "courier_avg_km", "courier_avg_items", "courier_orders_seen"]


def holdout(df: pd.DataFrame, start: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    fit_part = df[df["order_ts"] < start]
    eval_part = df[df["order_ts"] >= start]
    return fit_part, eval_part[~eval_part["courier_id"].isin(fit_part["courier_id"])]


def main() -> None:
    df = pd.read_csv("data/orders.csv", parse_dates=["order_ts"])
    for build in BUILDERS:
        df = build(df)
    train, test = holdout(df, "2024-03-01")

    gbr = GradientBoostingRegressor(n_estimators=600, learning_rate=0.03, max_depth=4,
                                    subsample=0.8, random_state=9)
    gbr.fit(train[FEATURES], train[TARGET])
    mean_pred = DummyRegressor(strategy="mean").fit(train[FEATURES], train[TARGET])

    table = pd.DataFrame({
        "gbr": [mean_absolute_error(test[TARGET], gbr.predict(test[FEATURES])),
                r2_score(test[TARGET], gbr.predict(test[FEATURES]))],
        "mean_baseline": [mean_absolute_error(test[TARGET], mean_pred.predict(test[FEATURES])),
                          r2_score(test[TARGET], mean_pred.predict(test[FEATURES]))],
    }, index=["MAE", "R2"]).T
    print(table.round(3))
    print("new couriers in test:", test["courier_id"].nunique(), "| rows:", len(test),
          "| mean delay:", np.round(test[TARGET].mean(), 1))


if __name__ == "__main__":
    main()
