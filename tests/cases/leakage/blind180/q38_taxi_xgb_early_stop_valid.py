"""Taxi fare - XGBoost with early stopping.

Chronological split: the last 20% of trips (by pickup time) are the test
period. Boosting rounds are chosen by early stopping on a validation block
(the last 10% of the training period), so the test period is only scored
once. Reported: test RMSE / MAE against a mean-fare baseline.
"""
import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error

TARGET = "fare_amount"


def features(df):
    X = df[["trip_distance_km", "estimated_duration_min", "passenger_count", "rate_code",
            "vendor_id", "pickup_zone", "dropoff_zone", "temp_c", "is_raining"]].copy()
    X["hour"] = df["pickup_datetime"].dt.hour
    X["dow"] = df["pickup_datetime"].dt.dayofweek
    X["minutes_of_week"] = X["dow"] * 1440 + X["hour"] * 60 + df["pickup_datetime"].dt.minute
    X["is_airport_rate"] = (df["rate_code"] == 2).astype(int)
    X["km_per_min"] = df["trip_distance_km"] / df["estimated_duration_min"].clip(lower=1)
    return X


df = pd.read_csv("train.csv", parse_dates=["pickup_datetime"]).sort_values("pickup_datetime")
sub = pd.read_csv("test.csv", parse_dates=["pickup_datetime"])
X, y = features(df), df[TARGET]

n = len(df)
test_start = int(n * 0.8)
valid_start = int(test_start * 0.9)
X_train, y_train = X.iloc[:valid_start], y.iloc[:valid_start]
X_valid, y_valid = X.iloc[valid_start:test_start], y.iloc[valid_start:test_start]
X_test, y_test = X.iloc[test_start:], y.iloc[test_start:]

model = xgb.XGBRegressor(
    n_estimators=3000,
    learning_rate=0.03,
    max_depth=8,
    subsample=0.8,
    colsample_bytree=0.8,
    min_child_weight=5,
    early_stopping_rounds=100,
    eval_metric="rmse",
    random_state=1,
    n_jobs=4,
)
model.fit(X_train, y_train, eval_set=[(X_valid, y_valid)], verbose=200)
print("best iteration:", model.best_iteration)

dummy = DummyRegressor(strategy="mean").fit(X_train, y_train)
for name, pred in [("mean baseline", dummy.predict(X_test)), ("xgboost", model.predict(X_test))]:
    rmse = np.sqrt(mean_squared_error(y_test, pred))
    print(f"TEST {name:14s} RMSE {rmse:.3f}  MAE {mean_absolute_error(y_test, pred):.3f}")

pd.DataFrame({"trip_id": sub["trip_id"], "prediction": model.predict(features(sub))}).to_csv(
    "predictions.csv", index=False)
