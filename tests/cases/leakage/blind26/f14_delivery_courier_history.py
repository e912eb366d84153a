"""Delivery delay regression with point-in-time courier history features."""
import numpy as np
import pandas as pd
from lightgbm import LGBMRegressor
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error

orders = pd.read_csv("orders.csv", parse_dates=["order_ts"])
orders = orders.sort_values(["courier_id", "order_ts"]).reset_index(drop=True)

g = orders.groupby("courier_id")
orders["courier_orders_before"] = g.cumcount()
orders["courier_mean_km_before"] = g["distance_km"].transform(lambda s: s.shift(1).expanding().mean())
orders["courier_mean_items_before"] = g["n_items"].transform(lambda s: s.shift(1).expanding().mean())
orders["mins_since_prev_order"] = g["order_ts"].diff().dt.total_seconds() / 60
orders["prev_zone_same"] = (g["pickup_zone"].shift(1) == orders["pickup_zone"]).astype(int)

orders["hour"] = orders["order_ts"].dt.hour
orders["dow"] = orders["order_ts"].dt.dayofweek
orders["is_weekend"] = (orders["dow"] >= 5).astype(int)
orders["km_per_item"] = orders["distance_km"] / orders["n_items"].clip(lower=1)
orders["pickup_zone"] = orders["pickup_zone"].astype("category")
orders["dropoff_zone"] = orders["dropoff_zone"].astype("category")

FEATURES = [
    "distance_km", "n_items", "promised_min", "courier_rating_before",
    "courier_orders_before", "courier_mean_km_before", "courier_mean_items_before",
    "mins_since_prev_order", "prev_zone_same", "hour", "dow", "is_weekend",
    "km_per_item", "pickup_zone", "dropoff_zone",
]
TARGET = "delay_min"

cutoff = pd.Timestamp("2024-03-01")
train = orders[orders["order_ts"] < cutoff]
test = orders[orders["order_ts"] >= cutoff]
new_couriers = ~test["courier_id"].isin(train["courier_id"].unique())
test = test[new_couriers]
print(f"train={len(train):,} test={len(test):,} (couriers first seen after cutoff)")

model = LGBMRegressor(n_estimators=800, learning_rate=0.03, num_leaves=63,
                      min_child_samples=40, subsample=0.8, subsample_freq=1,
                      colsample_bytree=0.8, objective="l1", random_state=5)
model.fit(train[FEATURES], train[TARGET])
pred = model.predict(test[FEATURES])

mean_model = DummyRegressor(strategy="median").fit(train[FEATURES], train[TARGET])
pred0 = mean_model.predict(test[FEATURES])


def report(name, y, p):
    print(f"{name:8s} MAE={mean_absolute_error(y, p):6.2f}  RMSE={np.sqrt(mean_squared_error(y, p)):6.2f}")


report("median", test[TARGET], pred0)
report("lgbm", test[TARGET], pred)

by_hour = (test.assign(abs_err=np.abs(test[TARGET] - pred))
           .groupby("hour")["abs_err"].mean().round(2))
print(by_hour)
