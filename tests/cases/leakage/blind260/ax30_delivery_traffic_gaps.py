"""QuickCart delivery-time take-home.

Notes to self
-------------
* traffic_index comes from the city sensor feed, ~9% missing (feed outages).
  Within a zone the index moves slowly, so filling gaps from the last known
  reading of the same zone is better than a global median.
* evaluation: train on Sep 2023 - Feb 2024, test on Mar - Apr 2024.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_absolute_error, median_absolute_error

df = pd.read_csv("train.csv", parse_dates=["dispatched_at"])
couriers = pd.read_csv("couriers.csv")
zones = pd.read_csv("zones.csv")
df = df.merge(couriers, on="courier_id", how="left")
df = df.merge(zones, left_on="dest_zone", right_on="zone_id", how="left")

print("missing traffic_index:", df["traffic_index"].isna().mean().round(3))

# --- fill sensor gaps per destination zone, in dispatch order, carrying the
# last reading forward (at dispatch we only know readings from before)
df = df.sort_values("dispatched_at")
df["traffic_missing"] = df["traffic_index"].isna().astype(int)
df["traffic_index"] = df.groupby("dest_zone")["traffic_index"].ffill()

# --- features
df["hour"] = df["dispatched_at"].dt.hour
df["weekday"] = df["dispatched_at"].dt.weekday
df["km_per_promised_h"] = df["distance_km"] / df["promised_hours"].clip(lower=1)
df["heavy"] = (df["weight_kg"] > 20).astype(int)
df["bad_weather"] = df["weather"].isin(["rain", "snow", "storm"]).astype(int)
df = pd.get_dummies(df, columns=["service_level", "vehicle_type"], dtype=int)

feats = ["distance_km", "weight_kg", "n_parcels", "promised_hours", "traffic_index",
         "traffic_missing", "hour", "weekday", "km_per_promised_h", "heavy", "bad_weather",
         "tenure_months", "density", "n_stops_avg"] + \
        [c for c in df.columns if c.startswith(("service_level_", "vehicle_type_"))]

# --- split on time
cut = pd.Timestamp("2024-03-01")
train = df[df.dispatched_at < cut].copy()
test = df[df.dispatched_at >= cut].copy()

# whatever is still missing (first readings of a zone) -> training median
med = train["traffic_index"].median()
train["traffic_index"] = train["traffic_index"].fillna(med)
test["traffic_index"] = test["traffic_index"].fillna(med)

rf = RandomForestRegressor(n_estimators=300, min_samples_leaf=10, max_features=0.5, n_jobs=-1, random_state=4)
rf.fit(train[feats], train["delivery_hours"])
dummy = DummyRegressor(strategy="mean").fit(train[feats], train["delivery_hours"])

for name, m in [("mean baseline", dummy), ("random forest", rf)]:
    pr = m.predict(test[feats])
    print(f"{name:14s} MAE {mean_absolute_error(test.delivery_hours, pr):6.2f}   "
          f"MedAE {median_absolute_error(test.delivery_hours, pr):6.2f}")
