# ETA regression - linear baseline done properly with a Pipeline.
# Preprocessing lives inside the pipeline so every CV fold / the final holdout only
# sees statistics from its own training rows.

import numpy as np
import pandas as pd
from sklearn.pipeline import Pipeline
from sklearn.compose import ColumnTransformer
from sklearn.preprocessing import StandardScaler, OneHotEncoder
from sklearn.impute import SimpleImputer
from sklearn.linear_model import Ridge
from sklearn.dummy import DummyRegressor
from sklearn.model_selection import TimeSeriesSplit, GridSearchCV, cross_validate
from sklearn.metrics import mean_absolute_error, r2_score

TARGET = "trip_duration_sec"

df = pd.read_csv("train.csv", parse_dates=["request_time"])
df = df.sort_values("request_time").reset_index(drop=True)

# row-wise features only
df["hour"] = df["request_time"].dt.hour
df["dow"] = df["request_time"].dt.dayofweek
df["hour_sin"] = np.sin(2 * np.pi * df["hour"] / 24)
df["hour_cos"] = np.cos(2 * np.pi * df["hour"] / 24)
df["dist"] = df["est_distance_km"].clip(upper=80)
df["log_dist"] = np.log1p(df["dist"])
df["peak"] = (df["hour"].between(7, 9) | df["hour"].between(16, 19)).astype(int)
df["dist_x_peak"] = df["dist"] * df["peak"]
# driver's previous trip (past only)
df["drv_prev_dist"] = df.groupby("driver_id")["dist"].shift(1)
df["drv_idle_min"] = df.groupby("driver_id")["request_time"].diff().dt.total_seconds() / 60

num_cols = ["dist", "log_dist", "dist_x_peak", "hour_sin", "hour_cos", "surge_multiplier",
            "passenger_count", "drv_prev_dist", "drv_idle_min"]
cat_cols = ["vehicle_type", "dow", "pickup_borough"]

pre = ColumnTransformer([
    ("num", Pipeline([("imp", SimpleImputer(strategy="median")), ("sc", StandardScaler())]), num_cols),
    ("cat", OneHotEncoder(handle_unknown="ignore", min_frequency=20), cat_cols),
])
pipe = Pipeline([("pre", pre), ("ridge", Ridge())])

# hold out the final 20% of time; tune on the rest with forward-chaining CV
cut = int(len(df) * 0.8)
train, test = df.iloc[:cut], df.iloc[cut:]
X_train, y_train = train[num_cols + cat_cols], train[TARGET]
X_test, y_test = test[num_cols + cat_cols], test[TARGET]

tscv = TimeSeriesSplit(n_splits=5)

cv_dummy = cross_validate(DummyRegressor(strategy="median"), X_train, y_train, cv=tscv,
                          scoring="neg_mean_absolute_error")
print("CV MAE median baseline: %.1f" % -cv_dummy["test_score"].mean())

search = GridSearchCV(
    pipe,
    param_grid={"ridge__alpha": [0.1, 1, 3, 10, 30, 100]},
    cv=tscv,
    scoring="neg_mean_absolute_error",
    n_jobs=-1,
)
search.fit(X_train, y_train)
print("best alpha:", search.best_params_, "CV MAE: %.1f" % -search.best_score_)

cv_table = pd.DataFrame(search.cv_results_)[["param_ridge__alpha", "mean_test_score", "std_test_score"]]
print(cv_table.sort_values("mean_test_score", ascending=False).to_string(index=False))

# single look at the holdout
best = search.best_estimator_
pred = best.predict(X_test)
base = DummyRegressor(strategy="median").fit(X_train, y_train).predict(X_test)
print("holdout MAE  ridge: %.1f  baseline: %.1f" % (mean_absolute_error(y_test, pred), mean_absolute_error(y_test, base)))
print("holdout R2   ridge: %.3f" % r2_score(y_test, pred))

# error by distance band
err = pd.DataFrame({"dist": X_test["dist"].values, "abs_err": np.abs(y_test.values - pred)})
print(err.groupby(pd.cut(err["dist"], [0, 2, 5, 10, 20, 80]), observed=True)["abs_err"].mean().round(1))

# refit on all labelled rows for the submission
final = search.best_estimator_.fit(df[num_cols + cat_cols], df[TARGET])
sub = pd.read_csv("test.csv", parse_dates=["request_time"])
hist = pd.concat([df[["driver_id", "request_time", "dist"]].assign(_sub=0),
                  sub.assign(dist=sub["est_distance_km"].clip(upper=80), _sub=1)], ignore_index=True)
hist = hist.sort_values("request_time")
hist["drv_prev_dist"] = hist.groupby("driver_id")["dist"].shift(1)
hist["drv_idle_min"] = hist.groupby("driver_id")["request_time"].diff().dt.total_seconds() / 60
h = hist[hist["_sub"] == 1].sort_index()
sub["drv_prev_dist"] = h["drv_prev_dist"].values
sub["drv_idle_min"] = h["drv_idle_min"].values
sub["hour"] = sub["request_time"].dt.hour
sub["dow"] = sub["request_time"].dt.dayofweek
sub["hour_sin"] = np.sin(2 * np.pi * sub["hour"] / 24)
sub["hour_cos"] = np.cos(2 * np.pi * sub["hour"] / 24)
sub["dist"] = sub["est_distance_km"].clip(upper=80)
sub["log_dist"] = np.log1p(sub["dist"])
sub["peak"] = (sub["hour"].between(7, 9) | sub["hour"].between(16, 19)).astype(int)
sub["dist_x_peak"] = sub["dist"] * sub["peak"]
pd.DataFrame({"trip_id": sub["trip_id"], "prediction": final.predict(sub[num_cols + cat_cols])}).to_csv(
    "predictions.csv", index=False)
