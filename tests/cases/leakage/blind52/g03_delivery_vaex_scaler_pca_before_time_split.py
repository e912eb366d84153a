"""Delivery time estimation -- take-home.

vaex keeps everything out-of-core and lazy, so the same script works on the
sample CSV and on a full month of orders.
Target: delivery_minutes (regression, MAE is the platform metric).
"""
import numpy as np
import pandas as pd
import vaex
import vaex.ml
import vaex.ml.sklearn
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error

TARGET = "delivery_minutes"
# known only once the courier has dropped off / been rated
POST_DELIVERY = ["actual_dropoff_ts", "courier_rating_after"]
COORDS = ["pickup_lat", "pickup_lon", "dropoff_lat", "dropoff_lon"]
NUMERIC = ["distance_km", "items", "order_value", "prep_estimate_min",
           "courier_active_orders"]


def load(path):
    df = vaex.from_csv(path, convert=False)
    df["order_ts"] = df.order_ts.astype("datetime64[ns]")
    return df


def add_time_parts(df):
    df["hour"] = df.order_ts.dt.hour
    df["weekday"] = df.order_ts.dt.dayofweek
    df["is_weekend"] = (df.weekday >= 5).astype("int8")
    df["log_distance"] = np.log1p(df.distance_km)
    return df


df = load("train.csv")
print(df.shape)
print(df.describe())
print("missing prep estimate:", df.prep_estimate_min.isna().sum())
print(df.groupby("weather", agg={"mean_minutes": vaex.agg.mean(TARGET),
                                 "n": vaex.agg.count()}))
print("orders per hour:")
print(df.groupby(df.order_ts.dt.hour, agg="count"))

df = add_time_parts(df)
df["prep_estimate_min"] = df.prep_estimate_min.fillna(15)

weather_enc = vaex.ml.OrdinalEncoder(features=["weather"], prefix="enc_")
weather_enc.fit(df)
df = weather_enc.transform(df)

# scale everything numeric and squash the four coordinates into 2 components
scaler = vaex.ml.StandardScaler(features=COORDS + NUMERIC, prefix="sc_")
scaler.fit(df)
df = scaler.transform(df)

pca = vaex.ml.PCA(features=["sc_" + c for c in COORDS], n_components=2, prefix="geo_")
pca.fit(df)
df = pca.transform(df)

FEATURES = (["sc_" + c for c in NUMERIC] + ["geo_0", "geo_1", "enc_weather",
            "hour", "weekday", "is_weekend", "log_distance", "is_rush_hour"])

# time-ordered split: last 20% of orders (by timestamp) is validation
df = df.sort("order_ts")
df_train, df_valid = df.split(into=0.8)
print("train until", df_train.order_ts.max(), "| valid from", df_valid.order_ts.min())

predictor = vaex.ml.sklearn.Predictor(
    features=FEATURES,
    target=TARGET,
    model=HistGradientBoostingRegressor(max_iter=400, learning_rate=0.05,
                                        max_leaf_nodes=31, random_state=3),
    prediction_name="pred_minutes",
)
predictor.fit(df_train)
df_valid = predictor.transform(df_valid)

y_valid = df_valid[TARGET].values
mae_model = mean_absolute_error(y_valid, df_valid.pred_minutes.values)

# baseline: median of the training period
median_minutes = df_train[TARGET].median_approx()
mae_base = mean_absolute_error(y_valid, np.full(len(y_valid), median_minutes))
print(f"MAE model    : {mae_model:.2f} min")
print(f"MAE baseline : {mae_base:.2f} min (train median)")

# error by hour for the memo
err = (df_valid.pred_minutes - df_valid[TARGET]).abs()
df_valid["abs_err"] = err
print(df_valid.groupby("hour", agg={"mae": vaex.agg.mean("abs_err")}))

# --- submission ---------------------------------------------------------
predictor.fit(df)
df_test = load("test.csv")
df_test = add_time_parts(df_test)
df_test["prep_estimate_min"] = df_test.prep_estimate_min.fillna(15)
for step in (weather_enc, scaler, pca, predictor):
    df_test = step.transform(df_test)

out = pd.DataFrame({"order_id": df_test.order_id.values,
                    "prediction": df_test.pred_minutes.values})
out.to_csv("predictions.csv", index=False)
print("wrote", len(out), "rows")
