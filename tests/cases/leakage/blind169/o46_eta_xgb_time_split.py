"""Delivery ETA model (XGBoost), validated on the most recent weeks of orders.

Only information available when the order is placed is used: courier waiting
time at the restaurant and the customer's rating happen afterwards.
"""
import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.metrics import mean_absolute_error

orders = pd.read_csv("train.csv", parse_dates=["order_placed_at"]).sort_values("order_placed_at")
test = pd.read_csv("test.csv", parse_dates=["order_placed_at"])
print(orders["order_placed_at"].min(), orders["order_placed_at"].max())


def build(df):
    f = pd.DataFrame(index=df.index)
    f["distance_km"] = df["distance_km"]
    f["items_count"] = df["items_count"]
    f["order_value"] = df["order_value"]
    f["prep_time_estimate"] = df["prep_time_estimate"]
    f["hour"] = df["order_placed_at"].dt.hour
    f["dow"] = df["order_placed_at"].dt.dayofweek
    f["is_weekend"] = (f["dow"] >= 5).astype(int)
    f["lunch_peak"] = f["hour"].between(11, 13).astype(int)
    f["dinner_peak"] = f["hour"].between(18, 20).astype(int)
    f["rain"] = df["weather"].isin(["rain", "storm"]).astype(int)
    f["bike"] = (df["courier_vehicle"] == "bike").astype(int)
    return f


X = build(orders)
y = orders["delivery_minutes"]

cutoff = orders["order_placed_at"].max() - pd.Timedelta(days=21)
is_train = orders["order_placed_at"] <= cutoff
X_train, y_train = X[is_train], y[is_train]
X_val, y_val = X[~is_train], y[~is_train]
print(f"train {len(X_train)} orders up to {cutoff.date()}, validation {len(X_val)} orders after")

reg = xgb.XGBRegressor(n_estimators=900, max_depth=7, learning_rate=0.04, subsample=0.8,
                       colsample_bytree=0.8, objective="reg:absoluteerror", random_state=0)
reg.fit(X_train, y_train)
pred = reg.predict(X_val)

median_baseline = np.full(len(y_val), y_train.median())
print("baseline (median ETA) MAE:", round(mean_absolute_error(y_val, median_baseline), 2))
print("xgboost MAE:", round(mean_absolute_error(y_val, pred), 2))

within5 = np.mean(np.abs(pred - y_val) <= 5)
print(f"share of orders within +/-5 min: {within5:.3f}")

by_hour = pd.DataFrame({"hour": X_val["hour"], "ae": np.abs(pred - y_val)}).groupby("hour")["ae"].mean()
print(by_hour.round(2))

reg.fit(X, y)
pd.DataFrame({"order_id": test["order_id"], "prediction": reg.predict(build(test))}).to_csv("predictions.csv", index=False)
