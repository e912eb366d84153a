"""Delivery minutes - LightGBM with weather.

Weather observations are every 30-90 minutes per zone; each order gets the nearest one.
Hold-out: orders from March 2024 on, couriers onboarded after the cut-off.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error

CUT = pd.Timestamp("2024-03-01")

orders = pd.read_csv("train.csv", parse_dates=["order_ts"])
weather = pd.read_csv("weather.csv", parse_dates=["obs_ts"])
couriers = pd.read_csv("couriers.csv", parse_dates=["onboard_date"])

df = (
    pd.merge_asof(
        orders.sort_values("order_ts"),
        weather.sort_values("obs_ts"),
        left_on="order_ts",
        right_on="obs_ts",
        by="zone",
        direction="nearest",
        tolerance=pd.Timedelta("2h"),
    )
    .merge(couriers, on="courier_id", how="left")
    .sort_values(["courier_id", "order_ts"])
    .reset_index(drop=True)
)
print("orders without weather:", df.rain_mm.isna().mean().round(4))

df = df.assign(
    hour=lambda d: d.order_ts.dt.hour,
    dow=lambda d: d.order_ts.dt.dayofweek,
    raining=lambda d: (d.rain_mm > 0.2).astype(int),
    heavy_rain=lambda d: (d.rain_mm > 4).astype(int),
    tenure_days=lambda d: (d.order_ts - d.onboard_date).dt.days,
    courier_prev_orders=lambda d: d.groupby("courier_id").cumcount(),
    km_per_item=lambda d: d.distance_km / d.n_items.clip(lower=1),
    zone=lambda d: d.zone.astype("category"),
    vehicle_type=lambda d: d.vehicle_type.astype("category"),
)

print(
    df.pivot_table(index="raining", columns="vehicle_type", values="delivery_minutes", aggfunc="median", observed=True)
    .round(1)
    .to_markdown()
)

train = df[df.order_ts < CUT]
test = df[(df.order_ts >= CUT) & ~df.courier_id.isin(train.courier_id)]

FEATURES = ["distance_km", "n_items", "order_value", "prep_minutes_est", "hour", "dow", "temp_c", "rain_mm",
            "wind_kph", "raining", "heavy_rain", "tenure_days", "courier_prev_orders", "km_per_item",
            "zone", "vehicle_type"]

model = lgb.LGBMRegressor(n_estimators=800, learning_rate=0.03, num_leaves=63, min_child_samples=50,
                          subsample=0.8, subsample_freq=1, colsample_bytree=0.8, objective="l1",
                          random_state=1, verbose=-1)
model.fit(train[FEATURES], train["delivery_minutes"])
dummy = DummyRegressor(strategy="median").fit(train[FEATURES], train["delivery_minutes"])

table = pd.DataFrame(
    {
        name: {
            "MAE": mean_absolute_error(test["delivery_minutes"], m.predict(test[FEATURES])),
            "RMSE": mean_squared_error(test["delivery_minutes"], m.predict(test[FEATURES])) ** 0.5,
        }
        for name, m in [("dummy median", dummy), ("lightgbm", model)]
    }
).T
print(table.round(2).to_markdown())

err = (
    test.assign(err=np.abs(model.predict(test[FEATURES]) - test["delivery_minutes"]))
    .groupby(["raining", "vehicle_type"], observed=True)["err"]
    .mean()
    .unstack()
)
print(err.round(2).to_markdown())
