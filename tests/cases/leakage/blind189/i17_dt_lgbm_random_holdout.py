"""Food delivery ETA - predict actual_delivery_minutes for an order.

Validation: random 80/20 holdout of the orders.
"""
import numpy as np
import pandas as pd
from lightgbm import LGBMRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error
from sklearn.model_selection import train_test_split

TARGET = "actual_delivery_minutes"

orders = pd.read_csv("train.csv", parse_dates=["order_time"])
to_predict = pd.read_csv("test.csv", parse_dates=["order_time"])
print(orders.shape, to_predict.shape)
print(orders[TARGET].describe())


def basic_features(df):
    out = df.copy()
    out["hour"] = out["order_time"].dt.hour
    out["dow"] = out["order_time"].dt.dayofweek
    out["is_weekend"] = (out["dow"] >= 5).astype(int)
    out["is_lunch"] = out["hour"].between(11, 14).astype(int)
    out["is_dinner"] = out["hour"].between(18, 21).astype(int)
    out["log_distance"] = np.log1p(out["distance_km"])
    out["prep_missing"] = out["prep_time_est"].isna().astype(int)
    return out


orders = basic_features(orders)
to_predict = basic_features(to_predict)

# one-hot weather on both files together so the columns line up
both = pd.concat([orders.assign(_f=1), to_predict.assign(_f=0)], ignore_index=True)
both = pd.get_dummies(both, columns=["weather"], prefix="w", dtype=int)
orders = both[both["_f"] == 1].drop(columns="_f")
to_predict = both[both["_f"] == 0].drop(columns="_f")

FEATURES = ["distance_km", "log_distance", "prep_time_est", "prep_missing", "hour", "dow",
            "is_weekend", "is_lunch", "is_dinner"] + [c for c in orders.columns if c.startswith("w_")]

# ---- holdout ----
train, valid = train_test_split(orders, test_size=0.2, random_state=42)
train, valid = train.copy(), valid.copy()
print("train", train.shape, "| valid", valid.shape)

# prep_time_est is sometimes missing: fill with the training median
prep_median = train["prep_time_est"].median()
for part in (train, valid, to_predict):
    part["prep_time_est"] = part["prep_time_est"].fillna(prep_median)

model = LGBMRegressor(n_estimators=600, learning_rate=0.03, num_leaves=63, min_child_samples=40,
                      subsample=0.8, subsample_freq=1, colsample_bytree=0.9, objective="l1",
                      random_state=42, verbose=-1)
model.fit(train[FEATURES], train[TARGET])
pred = model.predict(valid[FEATURES])

baseline_pred = np.full(len(valid), train[TARGET].mean())
print(f"baseline (train mean)  MAE={mean_absolute_error(valid[TARGET], baseline_pred):.2f}")
print(f"lightgbm               MAE={mean_absolute_error(valid[TARGET], pred):.2f} "
      f"RMSE={np.sqrt(mean_squared_error(valid[TARGET], pred)):.2f}")

err = valid.assign(abs_err=np.abs(valid[TARGET] - pred))
print(err.groupby("hour")["abs_err"].mean().round(2))

model.fit(pd.concat([train, valid])[FEATURES], pd.concat([train, valid])[TARGET])
pd.DataFrame({"order_id": to_predict["order_id"], "prediction": model.predict(to_predict[FEATURES])}).to_csv(
    "predictions.csv", index=False)
