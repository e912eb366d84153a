"""Delivery delay: latest traffic and weather readings known at order time."""
import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error, median_absolute_error

orders = pd.read_csv("orders.csv", parse_dates=["order_ts"])
traffic = pd.read_csv("traffic_readings.csv", parse_dates=["reading_ts"])
weather = pd.read_csv("weather_readings.csv", parse_dates=["reading_ts"])

orders = orders.sort_values("order_ts")
traffic = traffic.sort_values("reading_ts")
weather = weather.sort_values("reading_ts")

orders = pd.merge_asof(
    orders,
    traffic.rename(columns={"zone": "pickup_zone", "reading_ts": "traffic_ts"}),
    left_on="order_ts", right_on="traffic_ts", by="pickup_zone",
    direction="backward", tolerance=pd.Timedelta("30min"), allow_exact_matches=False,
)
orders = pd.merge_asof(
    orders,
    weather.rename(columns={"zone": "pickup_zone", "reading_ts": "weather_ts"}),
    left_on="order_ts", right_on="weather_ts", by="pickup_zone",
    direction="backward", tolerance=pd.Timedelta("2h"), allow_exact_matches=False,
)
orders["traffic_age_min"] = (orders["order_ts"] - orders["traffic_ts"]).dt.total_seconds() / 60
orders["weather_age_min"] = (orders["order_ts"] - orders["weather_ts"]).dt.total_seconds() / 60

orders["hour"] = orders["order_ts"].dt.hour
orders["dow"] = orders["order_ts"].dt.dayofweek
orders["expected_speed"] = orders["distance_km"] / orders["promised_min"].clip(lower=5)

X_COLS = ["distance_km", "n_items", "promised_min", "courier_rating_before",
          "congestion_idx", "avg_speed_kmh", "rain_mm", "wind_kmh", "temp_c",
          "traffic_age_min", "weather_age_min", "hour", "dow", "expected_speed"]

cutoff = pd.Timestamp("2024-02-15")
past = orders[orders.order_ts < cutoff]
future = orders[orders.order_ts >= cutoff]
future = future[~future.courier_id.isin(past.courier_id.unique())]

reg = HistGradientBoostingRegressor(loss="absolute_error", max_iter=500, learning_rate=0.05,
                                    max_leaf_nodes=31, random_state=0)
reg.fit(past[X_COLS], past["delay_min"])
pred = reg.predict(future[X_COLS])

base = DummyRegressor(strategy="mean").fit(past[X_COLS], past["delay_min"])
pred_base = base.predict(future[X_COLS])

print("baseline (train mean): MAE %.2f  MedAE %.2f" % (
    mean_absolute_error(future["delay_min"], pred_base), median_absolute_error(future["delay_min"], pred_base)))
print("HGB:                   MAE %.2f  MedAE %.2f" % (
    mean_absolute_error(future["delay_min"], pred), median_absolute_error(future["delay_min"], pred)))
