"""Delivery ETA model (LightGBM) - take-home for the logistics team.

Key idea: restaurants differ a lot in how long they take, so a per-restaurant
average delivery time is a strong feature.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import mean_absolute_error

TARGET = "delivery_minutes"
TIME = "order_time"
ID = "order_id"
AFTER_THE_FACT = ["customer_rating", "late_refund_issued"]

orders = pd.read_csv("train.csv", parse_dates=[TIME])
future = pd.read_csv("test.csv", parse_dates=[TIME])
orders = orders.sort_values(TIME).reset_index(drop=True)
print(orders[TARGET].describe())

# ------------------------------------------------------------------ features
rest_stats = orders.groupby("restaurant_id")[TARGET].agg(rest_avg_minutes="mean", rest_p90_minutes=lambda s: s.quantile(0.9))
zone_volume = orders.groupby("zone")[ID].count().rename("zone_orders")


def add_features(df):
    df = df.copy()
    df["hour"] = df[TIME].dt.hour
    df["dow"] = df[TIME].dt.dayofweek
    df["is_peak"] = df["hour"].isin([12, 13, 19, 20, 21]).astype(int)
    df["km_per_courier"] = df["distance_km"] / df["active_couriers_in_zone"].clip(lower=1)
    df["rainy"] = (df["rain_mm"] > 0.5).astype(int)
    df = df.join(rest_stats, on="restaurant_id")
    df["rest_avg_minutes"] = df["rest_avg_minutes"].fillna(orders[TARGET].mean())
    df["rest_p90_minutes"] = df["rest_p90_minutes"].fillna(orders[TARGET].quantile(0.9))
    df["zone"] = df["zone"].astype("category")
    return df


FEATURES = ["distance_km", "prep_time_est_min", "items_count", "order_value", "weather_temp", "rain_mm",
            "traffic_index", "courier_experience_days", "active_couriers_in_zone", "hour", "dow",
            "is_peak", "km_per_courier", "rainy", "rest_avg_minutes", "rest_p90_minutes"]

data = add_features(orders)

# ------------------------------------------------------------------ time split
cut = data[TIME].quantile(0.8)
train_mask = data[TIME] <= cut
tr, va = data[train_mask], data[~train_mask]
print("train orders:", len(tr), "valid orders:", len(va), "cut:", cut)

model = lgb.LGBMRegressor(objective="l1", n_estimators=1500, learning_rate=0.03, num_leaves=63,
                          min_child_samples=40, subsample=0.8, subsample_freq=1, colsample_bytree=0.8,
                          verbose=-1)
model.fit(tr[FEATURES], tr[TARGET])

baseline = np.full(len(va), tr[TARGET].median())
print("median baseline MAE: %.2f min" % mean_absolute_error(va[TARGET], baseline))
print("LightGBM MAE:        %.2f min" % mean_absolute_error(va[TARGET], model.predict(va[FEATURES])))

by_hour = va.assign(err=(va[TARGET] - model.predict(va[FEATURES])).abs()).groupby("hour")["err"].mean()
print(by_hour.round(2))

# ------------------------------------------------------------------ submission
model.fit(data[FEATURES], data[TARGET])
fut = add_features(future)
pd.DataFrame({ID: fut[ID], "prediction": model.predict(fut[FEATURES])}).to_csv("predictions.csv", index=False)
