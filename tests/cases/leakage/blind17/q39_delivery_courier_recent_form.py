"""Delivery delay -- courier "recent form" features.

A courier who has been running late keeps running late (fatigue, bad zone,
bike problems). Capture it with a rolling window over the courier's recent
orders. Evaluation: held-out couriers (25%), their orders after 1 Nov; training
on the other couriers' orders before 1 Nov. Mean-delay baseline for reference.
"""
from __future__ import annotations

import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, r2_score
from sklearn.model_selection import GroupShuffleSplit

TARGET = "delay_min"
CUT = pd.Timestamp("2024-11-01")


def courier_form(df: pd.DataFrame, window: int = 5) -> pd.DataFrame:
    df = df.sort_values(["courier_id", "order_ts"]).reset_index(drop=True)
    roll = (
        df.groupby("courier_id")[TARGET]
        .rolling(window, min_periods=1)
        .agg(["mean", "max"])
        .reset_index(level=0, drop=True)
        .add_prefix("recent_delay_")
    )
    return df.join(roll).assign(
        recent_km=df.groupby("courier_id")["distance_km"]
                    .transform(lambda s: s.shift(1).rolling(window, min_periods=1).mean()),
        orders_today=df.groupby(["courier_id", df.order_ts.dt.date]).cumcount(),
    )


def scores(y, yhat) -> dict[str, float]:
    return {"mae": round(mean_absolute_error(y, yhat), 3), "r2": round(r2_score(y, yhat), 3)}


df = (
    pd.read_csv("train.csv", parse_dates=["order_ts"])
    .assign(hour=lambda d: d.order_ts.dt.hour,
            dow=lambda d: d.order_ts.dt.dayofweek,
            weather=lambda d: d.weather.astype("category"))
    .pipe(courier_form)
)
print(df.filter(like="recent_").describe().round(2))
print(df[[TARGET, "recent_delay_mean", "recent_km"]].corr().round(3))

gss = GroupShuffleSplit(n_splits=1, test_size=0.25, random_state=4)
tr, te = next(gss.split(df, groups=df.courier_id))
train = df.iloc[tr].query("order_ts < @CUT")
test = df.iloc[te].query("order_ts >= @CUT")

FEATURES = ["distance_km", "items", "weather", "hour", "dow", "recent_delay_mean",
            "recent_delay_max", "recent_km", "orders_today"]

hgb = HistGradientBoostingRegressor(categorical_features="from_dtype", max_iter=500,
                                    learning_rate=0.05, min_samples_leaf=40, random_state=4)
hgb.fit(train[FEATURES], train[TARGET])

mean_baseline = np.full(len(test), train[TARGET].mean())
print("baseline (train mean):", scores(test[TARGET], mean_baseline))
print("hgb + recent form    :", scores(test[TARGET], hgb.predict(test[FEATURES])))
