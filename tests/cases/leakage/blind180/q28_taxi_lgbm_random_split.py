"""Taxi fare regression - LightGBM.

Features: distance, routed duration estimate, zones, rate code, weather and
calendar parts of the pickup time. 20% hold-out, compared against the
mean-fare baseline on RMSE / MAE.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error
from sklearn.model_selection import train_test_split

TARGET = "fare_amount"
# Zone ids, rate code and vendor are integer codes in the data; LightGBM treats them as categories.
CAT = ["pickup_zone", "dropoff_zone", "rate_code", "vendor_id"]


def featurize(df):
    out = pd.DataFrame(index=df.index)
    ts = df["pickup_datetime"]
    out["hour"] = ts.dt.hour
    out["dow"] = ts.dt.dayofweek
    out["is_weekend"] = (out["dow"] >= 5).astype(int)
    out["is_night"] = ((out["hour"] >= 22) | (out["hour"] < 5)).astype(int)
    out["distance_km"] = df["trip_distance_km"]
    out["log_distance"] = np.log1p(df["trip_distance_km"])
    out["est_duration_min"] = df["estimated_duration_min"]
    out["speed_kmh"] = df["trip_distance_km"] / (df["estimated_duration_min"].clip(lower=1) / 60)
    out["passengers"] = df["passenger_count"]
    out["temp_c"] = df["temp_c"]
    out["is_raining"] = df["is_raining"]
    out["same_zone"] = (df["pickup_zone"] == df["dropoff_zone"]).astype(int)
    for col in CAT:
        out[col] = df[col].astype(int)
    return out


train = pd.read_csv("train.csv", parse_dates=["pickup_datetime"])
test = pd.read_csv("test.csv", parse_dates=["pickup_datetime"])
X = featurize(train)
y = train[TARGET]

X_tr, X_va, y_tr, y_va = train_test_split(X, y, test_size=0.2, random_state=3)

model = lgb.LGBMRegressor(n_estimators=900, learning_rate=0.04, num_leaves=63,
                          min_child_samples=25, subsample=0.8, subsample_freq=1,
                          colsample_bytree=0.8, random_state=3, verbose=-1)
model.fit(X_tr, y_tr, categorical_feature=CAT)
baseline = DummyRegressor(strategy="mean").fit(X_tr, y_tr)

for name, est in [("mean baseline", baseline), ("lightgbm", model)]:
    pred = est.predict(X_va)
    rmse = mean_squared_error(y_va, pred) ** 0.5
    print(f"{name:14s} RMSE {rmse:6.3f}  MAE {mean_absolute_error(y_va, pred):6.3f}")

X_test = featurize(test)
model.fit(X, y, categorical_feature=CAT)
pd.DataFrame({"trip_id": test["trip_id"], "prediction": model.predict(X_test)}).to_csv(
    "predictions.csv", index=False)
