# ETA take-home -- CatBoost regressor
# CatBoost handles the zone ids and vehicle type natively, so very little preprocessing.
# Only columns that exist when the ride is requested are used: dropoff_time and
# fare_amount are filled in after the trip ends, trip_id is just a key.

import os
import json
import numpy as np
import pandas as pd
from catboost import CatBoostRegressor, Pool
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score

SEED = 2024
OUT_DIR = "artifacts"
TARGET = "trip_duration_sec"
POST_TRIP = ["dropoff_time", "fare_amount"]
os.makedirs(OUT_DIR, exist_ok=True)

trips = pd.read_csv("train.csv", parse_dates=["request_time"])
trips = trips.drop(columns=POST_TRIP, errors="ignore")
print(trips.isna().mean().round(3).sort_values(ascending=False).head(8))

trips = trips.sort_values("request_time").reset_index(drop=True)
trips["hour"] = trips["request_time"].dt.hour
trips["dow"] = trips["request_time"].dt.dayofweek
trips["day"] = trips["request_time"].dt.day
trips["pu_do"] = trips["pickup_zone"].astype(str) + "->" + trips["dropoff_zone"].astype(str)
trips["quoted_per_km"] = trips["quoted_fare"] / trips["est_distance_km"].clip(lower=0.3)

# driver history: how many trips so far, minutes since their last request
trips["drv_n"] = trips.groupby("driver_id").cumcount()
trips["drv_since_last"] = trips.groupby("driver_id")["request_time"].diff().dt.total_seconds() / 60

cat_features = ["pickup_zone", "dropoff_zone", "pu_do", "vehicle_type"]
num_features = ["est_distance_km", "surge_multiplier", "passenger_count", "hour", "dow",
                "quoted_fare", "quoted_per_km", "drv_n", "drv_since_last"]
features = cat_features + num_features
assert not set(features) & set(POST_TRIP + [TARGET, "trip_id"])
for c in cat_features:
    trips[c] = trips[c].astype(str)

# time-based split: first 80% of days train, last 20% test
days = trips["request_time"].dt.normalize()
cut_day = days.drop_duplicates().sort_values().iloc[int(days.nunique() * 0.8)]
is_train = days < cut_day
train, test = trips[is_train], trips[~is_train]
print(f"train {train.request_time.min():%Y-%m-%d}..{train.request_time.max():%Y-%m-%d}  n={len(train)}")
print(f"test  {test.request_time.min():%Y-%m-%d}..{test.request_time.max():%Y-%m-%d}  n={len(test)}")

train_pool = Pool(train[features], train[TARGET], cat_features=cat_features)
test_pool = Pool(test[features], test[TARGET], cat_features=cat_features)

model = CatBoostRegressor(
    iterations=2000,
    learning_rate=0.05,
    depth=8,
    loss_function="MAE",
    random_seed=SEED,
    verbose=250,
)
model.fit(train_pool)

pred = model.predict(test_pool)
# baseline: median duration of the training period for everyone
baseline_pred = np.full(len(test), train[TARGET].median())
metrics = {
    "mae": float(mean_absolute_error(test[TARGET], pred)),
    "rmse": float(np.sqrt(mean_squared_error(test[TARGET], pred))),
    "r2": float(r2_score(test[TARGET], pred)),
    "baseline_mae": float(mean_absolute_error(test[TARGET], baseline_pred)),
}
print(json.dumps(metrics, indent=2))
with open(os.path.join(OUT_DIR, "metrics.json"), "w") as fh:
    json.dump(metrics, fh)

fi = model.get_feature_importance(prettified=True)
print(fi.head(10))

# error by vehicle type
err = test.assign(pred=pred, ae=lambda d: (d[TARGET] - d["pred"]).abs())
print(err.groupby("vehicle_type")["ae"].agg(["mean", "median", "count"]).round(1))
model.save_model(os.path.join(OUT_DIR, "eta_catboost.cbm"))
