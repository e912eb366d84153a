# ETA regression - linear model first, to see how far a simple model gets.
# Author note: keep it simple, explainable, then decide if GBMs are worth it.

import numpy as np
import pandas as pd
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import Ridge, HuberRegressor
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error, r2_score

TARGET = "trip_duration_sec"

raw = pd.read_csv("train.csv", parse_dates=["request_time"])
wx = pd.read_csv("weather_hourly.csv", parse_dates=["timestamp"])

raw = raw.sort_values("request_time").reset_index(drop=True)
print(raw.shape)
print(raw[TARGET].describe())

# ---------- features ----------
def make_features(d, weather):
    d = d.copy()
    d["hour"] = d.request_time.dt.hour
    d["dow"] = d.request_time.dt.dayofweek
    # cyclical encodings for hour
    d["hour_sin"] = np.sin(2 * np.pi * d["hour"] / 24)
    d["hour_cos"] = np.cos(2 * np.pi * d["hour"] / 24)
    d["weekend"] = (d["dow"] >= 5).astype(int)
    d["peak"] = d["hour"].between(7, 9) | d["hour"].between(16, 19)
    d["peak"] = d["peak"].astype(int)
    d["dist"] = d["est_distance_km"].clip(upper=80)
    d["dist_sq"] = d["dist"] ** 2
    d["dist_x_peak"] = d["dist"] * d["peak"]
    d["haversine"] = haversine(d.pickup_lat, d.pickup_lon, d.dropoff_lat, d.dropoff_lon)
    d["detour_ratio"] = d["dist"] / (d["haversine"] + 0.1)

    # previous trip of the same driver
    d["drv_prev_dist"] = d.groupby("driver_id")["dist"].shift(1).fillna(0)
    d["drv_idle_min"] = (d.request_time - d.groupby("driver_id")["request_time"].shift(1)).dt.total_seconds().div(60)
    d["drv_idle_min"] = d["drv_idle_min"].fillna(600).clip(upper=600)

    w = weather.copy()
    w["req_hour"] = w["timestamp"].dt.floor("h")
    w = w.groupby("req_hour", as_index=False)[["temp_c", "precip_mm", "wind_kph"]].mean()
    d["req_hour"] = d.request_time.dt.floor("h")
    d = d.merge(w, on="req_hour", how="left")
    d[["temp_c", "precip_mm", "wind_kph"]] = d[["temp_c", "precip_mm", "wind_kph"]].fillna(0)
    d = pd.get_dummies(d, columns=["vehicle_type"], drop_first=True, dtype=float)
    return d


def haversine(lat1, lon1, lat2, lon2):
    lat1, lon1, lat2, lon2 = map(np.radians, [lat1, lon1, lat2, lon2])
    a = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    return 6371 * 2 * np.arcsin(np.sqrt(a))


df = make_features(raw, wx)
feat_cols = ["dist", "dist_sq", "dist_x_peak", "haversine", "detour_ratio", "hour_sin", "hour_cos",
             "weekend", "peak", "surge_multiplier", "passenger_count", "drv_prev_dist", "drv_idle_min",
             "temp_c", "precip_mm", "wind_kph"] + [c for c in df.columns if c.startswith("vehicle_type_")]

X = df[feat_cols].astype(float).values
y = df[TARGET].values

# standardise so ridge penalty treats all features equally
scaler = StandardScaler()
X = scaler.fit_transform(X)

# last 20% of the timeline as holdout
split_at = int(0.8 * len(df))
X_train, X_test = X[:split_at], X[split_at:]
y_train, y_test = y[:split_at], y[split_at:]
print("train until", df.request_time.iloc[split_at - 1], "test from", df.request_time.iloc[split_at])

models = {
    "mean baseline": DummyRegressor(strategy="mean"),
    "ridge": Ridge(alpha=1.0),
    "huber": HuberRegressor(epsilon=1.5, alpha=1e-3, max_iter=500),
}
for name, m in models.items():
    m.fit(X_train, y_train)
    p = m.predict(X_test)
    print(f"{name:15s}  MAE {mean_absolute_error(y_test, p):8.2f}   R2 {r2_score(y_test, p):.3f}")

coefs = pd.Series(models["ridge"].coef_, index=feat_cols).sort_values(key=np.abs, ascending=False)
print("\nlargest ridge coefficients (standardised units):")
print(coefs.head(10).round(1))

# residual check on the holdout: are long trips under-predicted?
res = pd.DataFrame({"dist": df["dist"].iloc[split_at:].values, "err": y_test - models["ridge"].predict(X_test)})
res["dist_bin"] = pd.cut(res["dist"], [0, 2, 5, 10, 20, 80])
print(res.groupby("dist_bin", observed=True)["err"].agg(["mean", "count"]))
