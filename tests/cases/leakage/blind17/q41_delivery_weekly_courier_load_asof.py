# Delivery delay -- add courier weekly workload via merge_asof.
#
# Ops told us couriers with heavy weeks run late. Weekly per-courier volume and
# average trip length are computed with a Grouper, then attached to each order
# with merge_asof on the courier.
# Evaluation: orders from 1 Dec on, only for couriers with no orders before 1 Dec.
from __future__ import annotations

import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_absolute_error, mean_absolute_percentage_error

TARGET = "delay_min"

orders = pd.read_csv("train.csv", parse_dates=["order_ts"]).sort_values("order_ts")

weekly = (
    orders.groupby(["courier_id", pd.Grouper(key="order_ts", freq="W-SUN")])
    .agg(week_orders=("order_id", "size"), week_avg_km=("distance_km", "mean"),
         week_items=("items", "sum"))
    .reset_index()
    .rename(columns={"order_ts": "week_end"})
    .sort_values("week_end")
)
print(weekly.describe().round(2))

df = (
    pd.merge_asof(orders, weekly, left_on="order_ts", right_on="week_end",
                  by="courier_id", direction="nearest")
    .assign(
        hour=lambda d: d.order_ts.dt.hour,
        dow=lambda d: d.order_ts.dt.dayofweek,
        wet=lambda d: d.weather.isin(["rain", "snow", "storm"]).astype(int),
        load_index=lambda d: d.eval("week_orders * week_avg_km / 100"),
    )
    .pipe(lambda d: pd.get_dummies(d, columns=["weather"], prefix="w", dtype=int))
)
df.plot.scatter(x="week_orders", y=TARGET, alpha=0.15, title="delay vs courier weekly volume")
plt.show()

cut = pd.Timestamp("2024-12-01")
train = df[df.order_ts < cut]
test = df[(df.order_ts >= cut) & ~df.courier_id.isin(train.courier_id)]
print(len(train), len(test))

feats = ["distance_km", "items", "hour", "dow", "wet", "week_orders", "week_avg_km",
         "week_items", "load_index"] + [c for c in df.columns if c.startswith("w_")]

rf = RandomForestRegressor(n_estimators=400, min_samples_leaf=5, max_features=0.6,
                           n_jobs=-1, random_state=9)
rf.fit(train[feats], train[TARGET])
pred = rf.predict(test[feats])
print({"mae": round(mean_absolute_error(test[TARGET], pred), 2),
       "mape": round(mean_absolute_percentage_error(test[TARGET].clip(lower=1), pred.clip(min=1)), 3)})

pd.Series(rf.feature_importances_, index=feats).sort_values().plot.barh(figsize=(6, 5))
plt.tight_layout()
plt.show()
