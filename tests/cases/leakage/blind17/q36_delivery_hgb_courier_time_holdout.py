"""Delivery delay take-home: predict delay_min for an order at dispatch time.

Holdout: 20% of couriers are held out entirely; the model trains on the other
couriers' orders before 1 November and is scored on the held-out couriers'
orders from 1 November on. Later in time *and* unseen couriers.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, median_absolute_error, r2_score
from sklearn.model_selection import GroupShuffleSplit

TARGET = "delay_min"
CUTOFF = pd.Timestamp("2024-11-01")


@dataclass
class Holdout:
    train: pd.DataFrame
    test: pd.DataFrame


def engineer(df: pd.DataFrame) -> pd.DataFrame:
    df = df.sort_values(["courier_id", "order_ts"])
    by_courier = df.groupby("courier_id")
    return df.assign(
        hour=lambda d: d.order_ts.dt.hour,
        dow=lambda d: d.order_ts.dt.dayofweek,
        rush=lambda d: d.hour.isin([11, 12, 13, 18, 19, 20]).astype(int),
        km_per_item=lambda d: d.eval("distance_km / items"),
        courier_past_km=by_courier["distance_km"].transform(lambda s: s.shift(1).expanding().mean()),
        courier_orders_before=by_courier.cumcount(),
        mins_since_prev=by_courier["order_ts"].diff().dt.total_seconds().div(60),
        weather=lambda d: d.weather.astype("category"),
    )


def split(df: pd.DataFrame, seed: int = 0) -> Holdout:
    gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=seed)
    tr_idx, te_idx = next(gss.split(df, groups=df.courier_id))
    train = df.iloc[tr_idx].loc[lambda d: d.order_ts < CUTOFF]
    test = df.iloc[te_idx].loc[lambda d: d.order_ts >= CUTOFF]
    return Holdout(train, test)


def reg_metrics(y, yhat) -> dict[str, float]:
    return {"mae": mean_absolute_error(y, yhat), "medae": median_absolute_error(y, yhat),
            "r2": r2_score(y, yhat)}


df = pd.read_csv("train.csv", parse_dates=["order_ts"]).pipe(engineer)
print(df.shape, df.courier_id.nunique(), "couriers", df.order_ts.min(), "->", df.order_ts.max())
print(df[TARGET].describe())

fig, ax = plt.subplots(1, 3, figsize=(14, 3.5))
df[TARGET].clip(upper=120).hist(bins=60, ax=ax[0]); ax[0].set_title("delay (min, clipped)")
df.groupby("hour")[TARGET].median().plot(ax=ax[1], marker="o", title="median delay by hour")
df.groupby("weather", observed=True)[TARGET].mean().plot.bar(ax=ax[2], title="mean delay by weather")
plt.tight_layout()
plt.show()

FEATURES = ["distance_km", "items", "weather", "hour", "dow", "rush", "km_per_item",
            "courier_past_km", "courier_orders_before", "mins_since_prev"]

ho = split(df)
print(len(ho.train), len(ho.test), "overlap:", len(set(ho.train.courier_id) & set(ho.test.courier_id)))

model = HistGradientBoostingRegressor(loss="absolute_error", categorical_features="from_dtype",
                                      max_iter=600, learning_rate=0.05, random_state=0)
model.fit(ho.train[FEATURES], ho.train[TARGET])
dummy = DummyRegressor(strategy="median").fit(ho.train[FEATURES], ho.train[TARGET])

print(pd.DataFrame({
    "median_baseline": reg_metrics(ho.test[TARGET], dummy.predict(ho.test[FEATURES])),
    "hgb_mae_loss": reg_metrics(ho.test[TARGET], model.predict(ho.test[FEATURES])),
}).round(3))

resid = ho.test[TARGET] - model.predict(ho.test[FEATURES])
resid.groupby(ho.test.weather, observed=True).agg(["mean", "median"]).plot.bar(title="residual by weather")
plt.show()
