"""
ETA take-home: predict trip_duration_sec at request time.

Plan
----
* chronological holdout: the last ~20% of requests are the test period
* history features per driver / rider built from *previous* trips only
* weather joined as-of the request (last observation before the request)
* LightGBM vs a median baseline, MAE / RMSE
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error

DATA_DIR = "."
RANDOM_STATE = 7
TARGET = "trip_duration_sec"


def load():
    trips = pd.read_csv(f"{DATA_DIR}/train.csv", parse_dates=["request_time"])
    weather = pd.read_csv(f"{DATA_DIR}/weather_hourly.csv", parse_dates=["timestamp"])
    return trips, weather


def add_time_parts(df):
    df["hour"] = df["request_time"].dt.hour
    df["dow"] = df["request_time"].dt.dayofweek
    df["is_weekend"] = (df["dow"] >= 5).astype(int)
    df["minute_of_day"] = df["hour"] * 60 + df["request_time"].dt.minute
    return df


def add_history(df):
    # only look backwards: shift(1) / cumcount
    df = df.sort_values("request_time").copy()
    drv = df.groupby("driver_id")
    df["drv_trips_before"] = drv.cumcount()
    df["drv_prev_distance"] = drv["est_distance_km"].shift(1)
    df["drv_gap_min"] = (df["request_time"] - drv["request_time"].shift(1)).dt.total_seconds() / 60
    rid = df.groupby("rider_id")
    df["rider_trips_before"] = rid.cumcount()
    df["rider_gap_days"] = (df["request_time"] - rid["request_time"].shift(1)).dt.total_seconds() / 86400
    return df


def join_weather(df, weather):
    weather = weather.sort_values("timestamp")
    out = pd.merge_asof(
        df.sort_values("request_time"),
        weather[["timestamp", "temp_c", "precip_mm", "wind_kph"]],
        left_on="request_time",
        right_on="timestamp",
        direction="backward",
    )
    return out.drop(columns=["timestamp"])


def build(df, weather):
    df = add_time_parts(df)
    df = add_history(df)
    df = join_weather(df, weather)
    df = pd.get_dummies(df, columns=["vehicle_type"], prefix="veh", dtype=int)
    return df


FEATURES_BASE = [
    "est_distance_km", "pickup_zone", "dropoff_zone", "surge_multiplier", "passenger_count",
    "hour", "dow", "is_weekend", "minute_of_day",
    "drv_trips_before", "drv_prev_distance", "drv_gap_min",
    "rider_trips_before", "rider_gap_days",
    "temp_c", "precip_mm", "wind_kph",
]


def report(name, y_true, y_pred):
    mae = mean_absolute_error(y_true, y_pred)
    rmse = np.sqrt(mean_squared_error(y_true, y_pred))
    print(f"{name:<12} MAE={mae:7.1f}s  RMSE={rmse:7.1f}s")
    return mae


trips, weather = load()
df = build(trips, weather)
features = FEATURES_BASE + [c for c in df.columns if c.startswith("veh_")]
print(df.shape, "rows from", df["request_time"].min(), "to", df["request_time"].max())

# chronological holdout
df = df.sort_values("request_time").reset_index(drop=True)
cutoff = df["request_time"].quantile(0.8)
train = df[df["request_time"] < cutoff]
test = df[df["request_time"] >= cutoff]
print("train:", len(train), "test:", len(test), "cutoff:", cutoff)

X_tr, y_tr = train[features], train[TARGET]
X_te, y_te = test[features], test[TARGET]

baseline = DummyRegressor(strategy="median").fit(X_tr, y_tr)
base_mae = report("baseline", y_te, baseline.predict(X_te))

params = dict(
    n_estimators=700,
    learning_rate=0.04,
    num_leaves=63,
    min_child_samples=40,
    subsample=0.8,
    subsample_freq=1,
    colsample_bytree=0.8,
    objective="l1",
    random_state=RANDOM_STATE,
    verbose=-1,
)
model = lgb.LGBMRegressor(**params)
model.fit(X_tr, y_tr, categorical_feature=["pickup_zone", "dropoff_zone"])
lgb_mae = report("lightgbm", y_te, model.predict(X_te))
print(f"improvement over baseline: {100 * (1 - lgb_mae / base_mae):.1f}%")

imp = pd.Series(model.feature_importances_, index=features).sort_values(ascending=False)
print(imp.head(12))

# final model for the submission: same settings, all labelled rows
full_test = pd.read_csv(f"{DATA_DIR}/test.csv", parse_dates=["request_time"])
both = pd.concat([trips.assign(_part="train"), full_test.assign(_part="test")], ignore_index=True)
both = build(both, weather)
for c in features:
    if c not in both.columns:
        both[c] = 0
fit_rows = both[both["_part"] == "train"]
pred_rows = both[both["_part"] == "test"]

final = lgb.LGBMRegressor(**params)
final.fit(fit_rows[features], fit_rows[TARGET], categorical_feature=["pickup_zone", "dropoff_zone"])
pred = np.clip(final.predict(pred_rows[features]), 60, None)
pd.DataFrame({"trip_id": pred_rows["trip_id"], "prediction": pred}).to_csv("predictions.csv", index=False)
print("wrote predictions.csv", len(pred))
