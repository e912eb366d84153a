"""Delivery delay regression.

Couriers have many orders each, so the holdout is split by courier
(GroupShuffleSplit) to avoid the model memorising individual couriers.
"""
import numpy as np
import pandas as pd
from sklearn.model_selection import GroupShuffleSplit
from sklearn.metrics import mean_absolute_error, median_absolute_error
from xgboost import XGBRegressor

TARGET = "delay_min"
GROUP = "courier_id"

df = pd.read_csv("train.csv", parse_dates=["order_ts"])
print(df.shape)
print(df[TARGET].describe())
print(df.groupby("vehicle_type")[TARGET].agg(["mean", "median", "count"]))

# ---- features -------------------------------------------------------------
df["hour"] = df["order_ts"].dt.hour
df["dow"] = df["order_ts"].dt.dayofweek
df["month"] = df["order_ts"].dt.month
df["lunch"] = df["hour"].between(11, 14).astype(int)
df["dinner"] = df["hour"].between(18, 21).astype(int)
df["load"] = df["distance_km"] * df["n_items"]
df["bad_weather"] = df["weather"].isin(["rain", "snow", "storm"]).astype(int)
df = pd.get_dummies(df, columns=["vehicle_type", "weather"], dtype=int)

drop = ["order_id", GROUP, "order_ts", "restaurant_id", "zone_id", "courier_rating_after", TARGET]
features = [c for c in df.columns if c not in drop]

# ---- split by courier -----------------------------------------------------
gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=99)
train_idx, test_idx = next(gss.split(df, df[TARGET], groups=df[GROUP]))
train, test = df.iloc[train_idx], df.iloc[test_idx]
assert not set(train[GROUP]) & set(test[GROUP])
print(f"train={len(train)} test={len(test)}")

# ---- baseline ---------------------------------------------------------------
baseline_pred = np.full(len(test), train[TARGET].mean())
print(f"baseline (train mean)  MAE={mean_absolute_error(test[TARGET], baseline_pred):.3f} "
      f"MedAE={median_absolute_error(test[TARGET], baseline_pred):.3f}")

# ---- model ------------------------------------------------------------------
xgb = XGBRegressor(n_estimators=600, max_depth=6, learning_rate=0.04, subsample=0.8,
                   colsample_bytree=0.8, min_child_weight=5, objective="reg:absoluteerror",
                   random_state=99)
xgb.fit(train[features], train[TARGET])
pred = xgb.predict(test[features])
print(f"xgboost                MAE={mean_absolute_error(test[TARGET], pred):.3f} "
      f"MedAE={median_absolute_error(test[TARGET], pred):.3f}")

err = pd.DataFrame({"hour": test["hour"], "abs_err": np.abs(test[TARGET] - pred)})
print(err.groupby("hour")["abs_err"].mean().round(2))

# ---- submission ---------------------------------------------------------------
sub = pd.read_csv("test.csv", parse_dates=["order_ts"])
sub["hour"] = sub["order_ts"].dt.hour
sub["dow"] = sub["order_ts"].dt.dayofweek
sub["month"] = sub["order_ts"].dt.month
sub["lunch"] = sub["hour"].between(11, 14).astype(int)
sub["dinner"] = sub["hour"].between(18, 21).astype(int)
sub["load"] = sub["distance_km"] * sub["n_items"]
sub["bad_weather"] = sub["weather"].isin(["rain", "snow", "storm"]).astype(int)
sub = pd.get_dummies(sub, columns=["vehicle_type", "weather"], dtype=int)
for col in features:
    if col not in sub.columns:
        sub[col] = 0
xgb.fit(df[features], df[TARGET])
pd.DataFrame({"order_id": sub["order_id"], "prediction": xgb.predict(sub[features])}).to_csv(
    "predictions.csv", index=False)
