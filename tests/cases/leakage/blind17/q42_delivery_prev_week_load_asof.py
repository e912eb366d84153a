# Delivery delay -- courier workload from the *previous* finished week.
#
# Weekly per-courier volume / trip length are only known once the week is
# over, so each week's stats become available the Monday after (week_end + 1 day)
# and are attached with a backward merge_asof: an order only sees weeks that
# had already closed when it was placed.
# Evaluation: orders from 1 Dec on, for couriers with no orders before 1 Dec.
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
    .agg(prev_week_orders=("order_id", "size"), prev_week_avg_km=("distance_km", "mean"),
         prev_week_items=("items", "sum"))
    .reset_index()
    .assign(available_from=lambda d: d.order_ts.dt.normalize() + pd.Timedelta(days=1))
    .drop(columns="order_ts")
    .sort_values("available_from")
)

df = (
    pd.merge_asof(orders, weekly, left_on="order_ts", right_on="available_from",
                  by="courier_id", direction="backward")
    .assign(
        hour=lambda d: d.order_ts.dt.hour,
        dow=lambda d: d.order_ts.dt.dayofweek,
        wet=lambda d: d.weather.isin(["rain", "snow", "storm"]).astype(int),
        load_index=lambda d: d.eval("prev_week_orders * prev_week_avg_km / 100"),
        new_courier=lambda d: d.prev_week_orders.isna().astype(int),
    )
    .fillna({"prev_week_orders": 0, "prev_week_items": 0, "load_index": 0, "prev_week_avg_km": -1})
    .pipe(lambda d: pd.get_dummies(d, columns=["weather"], prefix="w", dtype=int))
)
# sanity: the attached week must have closed before the order
assert (df.available_from.isna() | (df.available_from <= df.order_ts)).all()

cut = pd.Timestamp("2024-12-01")
train = df[df.order_ts < cut]
test = df[(df.order_ts >= cut) & ~df.courier_id.isin(train.courier_id)]
print(len(train), len(test), test.courier_id.nunique(), "new couriers in test")

feats = ["distance_km", "items", "hour", "dow", "wet", "prev_week_orders", "prev_week_avg_km",
         "prev_week_items", "load_index", "new_courier"] + [c for c in df.columns if c.startswith("w_")]

rf = RandomForestRegressor(n_estimators=400, min_samples_leaf=5, max_features=0.6,
                           n_jobs=-1, random_state=9)
rf.fit(train[feats], train[TARGET])
pred = rf.predict(test[feats])
print({"mae": round(mean_absolute_error(test[TARGET], pred), 2),
       "mape": round(mean_absolute_percentage_error(test[TARGET].clip(lower=1), pred.clip(min=1)), 3)})

pd.Series(rf.feature_importances_, index=feats).sort_values().plot.barh(figsize=(6, 5))
plt.tight_layout()
plt.show()
