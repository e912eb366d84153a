"""ETA model for the delivery take-home.

Stack: vaex for IO / lazy feature columns, LightGBM through vaex.ml.
Split: orders before the last 7 days train the model, the last 7 days validate it.
"""
import numpy as np
import pandas as pd
import vaex
import vaex.ml
import vaex.ml.lightgbm
from sklearn.metrics import mean_absolute_error, mean_squared_error

TARGET = "delivery_minutes"
DROP_AFTER_DELIVERY = ["actual_dropoff_ts", "courier_rating_after"]


def with_features(df):
    df["order_ts"] = df.order_ts.astype("datetime64[ns]")
    df["hour"] = df.order_ts.dt.hour
    df["weekday"] = df.order_ts.dt.dayofweek
    df["minute_of_day"] = df.order_ts.dt.hour * 60 + df.order_ts.dt.minute
    df["km_per_item"] = df.distance_km / (df["items"] + 1)
    df["prep_estimate_min"] = df.prep_estimate_min.fillna(15)
    df["load"] = df.courier_active_orders.clip(0, 6)
    return df


orders = with_features(vaex.from_csv("train.csv", convert=False))
print(orders.shape)
print(orders[[TARGET, "distance_km", "items", "prep_estimate_min"]].describe())
print(orders.groupby("weather", agg={"mean": vaex.agg.mean(TARGET), "n": vaex.agg.count()}))
print("correlation distance/minutes:", orders.correlation("distance_km", TARGET))

last_ts = orders.order_ts.max()
cutoff = last_ts - np.timedelta64(7, "D")
train = orders[orders.order_ts < cutoff].extract()
valid = orders[orders.order_ts >= cutoff].extract()
print(f"train {len(train)} | valid {len(valid)} | cutoff {cutoff}")

ohe = vaex.ml.OneHotEncoder(features=["weather"], prefix="w_")
train = ohe.fit_transform(train)
valid = ohe.transform(valid)
weather_cols = [c for c in train.get_column_names() if c.startswith("w_weather")]

FEATURES = ["distance_km", "items", "order_value", "prep_estimate_min", "is_rush_hour",
            "load", "hour", "weekday", "minute_of_day", "km_per_item"] + weather_cols

lgb = vaex.ml.lightgbm.LightGBMModel(
    features=FEATURES, target=TARGET, num_boost_round=600,
    params={"objective": "regression_l1", "learning_rate": 0.04, "num_leaves": 63,
            "min_data_in_leaf": 30, "feature_fraction": 0.9, "verbose": -1},
    prediction_name="eta")
lgb.fit(train)
valid = lgb.transform(valid)

y = valid[TARGET].values
eta = valid.eta.values
print(f"MAE  {mean_absolute_error(y, eta):.2f} min")
print(f"RMSE {np.sqrt(mean_squared_error(y, eta)):.2f} min")
print(f"share within 10 min: {np.mean(np.abs(y - eta) <= 10):.3f}")

valid["abs_err"] = (valid.eta - valid[TARGET]).abs()
print(valid.groupby("is_rush_hour", agg={"mae": vaex.agg.mean("abs_err")}))

# refit on all labelled orders and predict
full = ohe.fit_transform(orders)
lgb.fit(full)
test = lgb.transform(ohe.transform(with_features(vaex.from_csv("test.csv", convert=False))))
pd.DataFrame({"order_id": test.order_id.values, "prediction": test.eta.values}).to_csv(
    "predictions.csv", index=False)
