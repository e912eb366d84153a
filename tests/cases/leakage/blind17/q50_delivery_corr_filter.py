"""Delivery delay -- lean feature set via correlation screening.

Build ~40 candidate features, keep those with |corr| >= 0.05 against the delay,
fit a gradient boosting model, evaluate on unseen couriers' December orders.
"""
from __future__ import annotations

import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, r2_score

TARGET = "delay_min"


def candidates(df: pd.DataFrame) -> pd.DataFrame:
    ts = df.order_ts
    out = df.assign(
        hour=ts.dt.hour, minute=ts.dt.minute, dow=ts.dt.dayofweek, dom=ts.dt.day,
        month=ts.dt.month, is_weekend=ts.dt.dayofweek.ge(5).astype(int),
        lunch=ts.dt.hour.between(11, 14).astype(int), dinner=ts.dt.hour.between(18, 21).astype(int),
        km2=df.distance_km ** 2, log_km=np.log1p(df.distance_km),
        km_per_item=df.distance_km / df["items"].clip(lower=1), items2=df["items"] ** 2,
        courier_trips_before=df.groupby("courier_id").cumcount(),
        gap_prev_min=df.groupby("courier_id").order_ts.diff().dt.total_seconds() / 60,
        prev_km=df.groupby("courier_id").distance_km.shift(1),
        prev_items=df.groupby("courier_id")["items"].shift(1),
    )
    wx = pd.get_dummies(df.weather, prefix="wx", dtype=int)
    inter = pd.DataFrame({f"{w}_x_km": wx[w] * df.distance_km for w in wx.columns})
    return pd.concat([out, wx, inter], axis=1)


df = (pd.read_csv("train.csv", parse_dates=["order_ts"])
        .sort_values(["courier_id", "order_ts"], ignore_index=True)
        .pipe(candidates))

pool = [c for c in df.select_dtypes("number").columns
        if c not in {TARGET, "order_id", "courier_id", "courier_rating_after"}]
corr = df[pool + [TARGET]].corr()[TARGET].drop(TARGET)
keep = corr[corr.abs() >= 0.05].index.tolist()
print(f"{len(keep)}/{len(pool)} features kept")
corr.reindex(corr.abs().sort_values().index).plot.barh(figsize=(6, 9), title="corr with delay")
plt.axvline(0.05, ls=":"); plt.axvline(-0.05, ls=":")
plt.tight_layout()
plt.show()

cut = pd.Timestamp("2024-12-01")
train = df[df.order_ts < cut]
test = df[(df.order_ts >= cut) & ~df.courier_id.isin(train.courier_id)]
print(len(train), len(test))

gbr = GradientBoostingRegressor(loss="huber", n_estimators=500, max_depth=4, learning_rate=0.03,
                                subsample=0.8, random_state=2)
gbr.fit(train[keep].fillna(-1), train[TARGET])
pred = gbr.predict(test[keep].fillna(-1))
print({"mae": round(mean_absolute_error(test[TARGET], pred), 3), "r2": round(r2_score(test[TARGET], pred), 3)})
