"""ETA model with XGBoost.

Weather feed gaps are carried forward from the last known reading in the same
zone (what the live system would have at order time), never filled backwards.
"""
import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.metrics import mean_absolute_error, mean_squared_error

WEATHER = ["weather_temp", "rain_mm", "traffic_index"]
NOT_AT_ORDER_TIME = ["customer_rating", "late_refund_issued"]
TARGET = "delivery_minutes"


def fill_weather(frame):
    frame = frame.sort_values(["zone", "order_time"]).copy()
    frame[WEATHER] = frame.groupby("zone")[WEATHER].ffill()
    frame[WEATHER] = frame[WEATHER].fillna(0)
    return frame


def add_time_features(frame):
    frame = frame.copy()
    frame["hour"] = frame["order_time"].dt.hour
    frame["weekday"] = frame["order_time"].dt.weekday
    frame["minute_of_day"] = frame["hour"] * 60 + frame["order_time"].dt.minute
    frame["value_per_item"] = frame["order_value"] / frame["items_count"].clip(lower=1)
    return pd.get_dummies(frame, columns=["zone"], prefix="z", dtype=int)


df = pd.read_csv("train.csv", parse_dates=["order_time"]).drop(columns=NOT_AT_ORDER_TIME)
print("missing weather share:\n", df[WEATHER].isna().mean())
df = add_time_features(fill_weather(df))
feat = [c for c in df.columns if c not in ("order_id", "order_time", "restaurant_id", "courier_id", TARGET)]

df = df.sort_values("order_time").reset_index(drop=True)
split_at = df["order_time"].max() - pd.Timedelta(days=14)
train = df[df["order_time"] <= split_at]
valid = df[df["order_time"] > split_at]
print("train", train.shape, "valid", valid.shape)

reg = xgb.XGBRegressor(n_estimators=800, max_depth=7, learning_rate=0.05, subsample=0.8,
                       colsample_bytree=0.8, objective="reg:absoluteerror")
reg.fit(train[feat], train[TARGET])
pv = reg.predict(valid[feat])

naive = np.full(len(valid), train[TARGET].mean())
print(f"baseline (mean) MAE {mean_absolute_error(valid[TARGET], naive):.2f}")
print(f"xgb MAE {mean_absolute_error(valid[TARGET], pv):.2f}  RMSE {mean_squared_error(valid[TARGET], pv) ** 0.5:.2f}")

late = valid[TARGET] > 45
print("MAE on late orders (>45 min):", round(mean_absolute_error(valid.loc[late, TARGET], pv[late.values]), 2))

sub = pd.read_csv("test.csv", parse_dates=["order_time"])
sub = add_time_features(fill_weather(sub)).reindex(columns=["order_id"] + feat, fill_value=0)
reg.fit(df[feat], df[TARGET])
pd.DataFrame({"order_id": sub["order_id"], "prediction": reg.predict(sub[feat])}).to_csv("predictions.csv", index=False)
