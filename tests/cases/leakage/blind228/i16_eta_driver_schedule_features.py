"""ETA take-home -- driver schedule features + LightGBM.

Idea: how busy a driver is around the trip says something about the traffic regime and
how they drive (back-to-back jobs in the evening rush vs sparse night shifts).
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error

TARGET = "trip_duration_sec"
TIME = "request_time"


def driver_schedule(df):
    df = df.sort_values(["driver_id", TIME]).copy()
    grp = df.groupby("driver_id")[TIME]
    prev_req = grp.shift(1)
    next_req = grp.shift(-1)
    df["mins_since_prev_req"] = (df[TIME] - prev_req).dt.total_seconds() / 60
    df["mins_until_next_req"] = (next_req - df[TIME]).dt.total_seconds() / 60
    df["drv_job_idx"] = df.groupby("driver_id").cumcount()
    df["shift_id"] = (df["mins_since_prev_req"].isna() | (df["mins_since_prev_req"] > 180)).cumsum()
    df["job_in_shift"] = df.groupby("shift_id").cumcount()
    return df.sort_values(TIME)


def calendar(df):
    df["hour"] = df[TIME].dt.hour
    df["dow"] = df[TIME].dt.dayofweek
    df["hod_week"] = df["dow"] * 24 + df["hour"]
    return df


def rmse(a, b):
    return float(np.sqrt(mean_squared_error(a, b)))


data = pd.read_csv("train.csv", parse_dates=[TIME])
data = calendar(driver_schedule(data))

FEATS = ["est_distance_km", "pickup_zone", "dropoff_zone", "surge_multiplier", "passenger_count",
         "hour", "dow", "hod_week", "mins_since_prev_req", "mins_until_next_req", "drv_job_idx", "job_in_shift"]

# train: everything before the last 3 weeks; test: the last 3 weeks
cutoff = data[TIME].max() - pd.Timedelta(weeks=3)
train = data.loc[data[TIME] <= cutoff]
test = data.loc[data[TIME] > cutoff]
print(len(train), len(test))

dummy = DummyRegressor(strategy="mean").fit(train[FEATS], train[TARGET])
print("mean-prediction baseline  MAE %.1f  RMSE %.1f" % (
    mean_absolute_error(test[TARGET], dummy.predict(test[FEATS])), rmse(test[TARGET], dummy.predict(test[FEATS]))))

params = dict(objective="l1", n_estimators=900, learning_rate=0.03, num_leaves=127,
              min_child_samples=30, colsample_bytree=0.8, verbose=-1, random_state=3)
m = lgb.LGBMRegressor(**params)
m.fit(train[FEATS], train[TARGET], categorical_feature=["pickup_zone", "dropoff_zone"])
p = m.predict(test[FEATS])
print("lightgbm (l1)             MAE %.1f  RMSE %.1f" % (mean_absolute_error(test[TARGET], p), rmse(test[TARGET], p)))

# where does it still struggle? error by hour-of-week bucket
err = test.assign(ae=np.abs(test[TARGET] - p))
print(err.groupby("hour")["ae"].mean().round(0).to_string())
print("share of trips with no next request known:", round(test["mins_until_next_req"].isna().mean(), 3))

# which schedule features matter (last model)
imp = pd.Series(m.booster_.feature_importance("gain"), index=FEATS)
print((imp / imp.sum()).sort_values(ascending=False).round(3))
