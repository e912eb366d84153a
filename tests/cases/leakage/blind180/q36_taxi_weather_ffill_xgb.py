"""Taxi fare model with weather and demand context.

Weather (temp_c) comes from an hourly feed with gaps. I fill the gaps along
the timeline, add a "trips in the last hour from this zone" demand counter
(a proxy for surge conditions), and train XGBoost. Validation: train on the
first 80% of the period, validate on the last 20%. Baseline: median fare.
"""
import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error

TARGET = "fare_amount"
FEATURES = ["trip_distance_km", "estimated_duration_min", "passenger_count", "rate_code",
            "pickup_zone", "dropoff_zone", "temp_c", "is_raining", "hour", "dow",
            "zone_trips_last_hour"]


def load():
    tr = pd.read_csv("train.csv", parse_dates=["pickup_datetime"]).assign(is_test=False)
    te = pd.read_csv("test.csv", parse_dates=["pickup_datetime"]).assign(is_test=True)
    return pd.concat([tr, te], ignore_index=True).sort_values("pickup_datetime")


def add_context(df):
    df = df.copy()
    # Weather gaps: carry the last available reading forward (never look ahead).
    df["temp_c"] = df["temp_c"].ffill()
    df["hour"] = df["pickup_datetime"].dt.hour
    df["dow"] = df["pickup_datetime"].dt.dayofweek
    # Demand: trips from the same zone in the trailing 60 minutes (current trip included).
    df["one"] = 1
    df["zone_trips_last_hour"] = (
        df.groupby("pickup_zone", group_keys=False)
          .apply(lambda g: g.rolling("60min", on="pickup_datetime")["one"].sum())
    )
    return df.drop(columns="one")


data = add_context(load())
labelled = data[~data["is_test"]]
unlabelled = data[data["is_test"]]

cut_time = labelled["pickup_datetime"].quantile(0.8)
train = labelled[labelled["pickup_datetime"] < cut_time]
valid = labelled[labelled["pickup_datetime"] >= cut_time]
print(f"train {len(train)} trips, valid {len(valid)} trips, cut at {cut_time}")

model = xgb.XGBRegressor(n_estimators=700, max_depth=7, learning_rate=0.05, subsample=0.8,
                         colsample_bytree=0.8, min_child_weight=4, random_state=9, n_jobs=4)
model.fit(train[FEATURES], train[TARGET])
baseline = DummyRegressor(strategy="median").fit(train[FEATURES], train[TARGET])

for name, est in [("median baseline", baseline), ("xgboost", model)]:
    p = est.predict(valid[FEATURES])
    print(f"{name:16s} RMSE={mean_squared_error(valid[TARGET], p) ** 0.5:.3f} "
          f"MAE={mean_absolute_error(valid[TARGET], p):.3f}")

pd.DataFrame({"trip_id": unlabelled["trip_id"], "prediction": model.predict(unlabelled[FEATURES])}) \
    .to_csv("predictions.csv", index=False)
