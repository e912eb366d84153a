"""
Hourly electricity use per building (ASHRAE-style data).

Evaluation design: hold out a set of buildings entirely AND evaluate only on
the last two months, so the score reflects a new building in a future period.
The usage profile by building type is learned from the training rows and
looked up for the test rows.
"""
import gc
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import mean_squared_error

SEED = 7
TEST_FROM = "2016-11-01"

meter = pd.read_csv("train.csv", parse_dates=["timestamp"])
meter = meter[meter["meter"] == 0].drop(columns="meter")        # electricity only
bmeta = pd.read_csv("building_metadata.csv")
weather = pd.read_csv("weather_train.csv", parse_dates=["timestamp"])

df = meter.merge(bmeta, on="building_id", how="left")
df = df.merge(weather, on=["site_id", "timestamp"], how="left")
del meter, weather
gc.collect()

df = df.sort_values(["building_id", "timestamp"]).reset_index(drop=True)
df["log_kwh"] = np.log1p(df["meter_reading"])

# calendar
df["hour"] = df["timestamp"].dt.hour
df["dow"] = df["timestamp"].dt.dayofweek
df["month"] = df["timestamp"].dt.month
df["is_weekend"] = (df["dow"] >= 5).astype(int)

# weather smoothing per building (trailing windows)
by_b = df.groupby("building_id")
df["air_temp_24h"] = by_b["air_temperature"].transform(lambda s: s.rolling(24, min_periods=1).mean())
df["air_temp_lag3"] = by_b["air_temperature"].shift(3)
df["dew_24h"] = by_b["dew_temperature"].transform(lambda s: s.rolling(24, min_periods=1).mean())

df["log_sqft"] = np.log(df["square_feet"])
df["age"] = 2016 - df["year_built"]

rng = np.random.default_rng(SEED)
buildings = df["building_id"].unique()
test_buildings = set(rng.choice(buildings, size=len(buildings) // 5, replace=False))

train = df[(df["timestamp"] < TEST_FROM) & ~df["building_id"].isin(test_buildings)].copy()
test = df[(df["timestamp"] >= TEST_FROM) & df["building_id"].isin(test_buildings)].copy()
print(f"train {len(train):,} rows / {train.building_id.nunique()} bldgs, "
      f"test {len(test):,} rows / {test.building_id.nunique()} bldgs")


def fit_usage_profile(ref):
    """Typical consumption of the building type at each hour of the week (from ref rows)."""
    use_mean = ref.groupby("primary_use")["log_kwh"].mean()
    prof = ref.groupby(["primary_use", "dow", "hour"])["log_kwh"].mean().rename("use_hour_te")
    return use_mean, prof.reset_index(), ref["log_kwh"].mean()


def apply_usage_profile(frame, use_mean, prof, global_mean):
    frame["use_te"] = frame["primary_use"].map(use_mean).fillna(global_mean)
    frame = frame.merge(prof, on=["primary_use", "dow", "hour"], how="left")
    frame["use_hour_te"] = frame["use_hour_te"].fillna(frame["use_te"])
    return frame


use_mean, prof, gmean = fit_usage_profile(train)
train = apply_usage_profile(train, use_mean, prof, gmean)
test = apply_usage_profile(test, use_mean, prof, gmean)
for part in (train, test):
    part["primary_use"] = pd.Categorical(part["primary_use"], categories=sorted(df["primary_use"].unique()))

FEATS = ["site_id", "primary_use", "log_sqft", "age", "floor_count",
         "air_temperature", "dew_temperature", "cloud_coverage", "wind_speed",
         "air_temp_24h", "air_temp_lag3", "dew_24h",
         "hour", "dow", "month", "is_weekend", "use_te", "use_hour_te"]

model = lgb.LGBMRegressor(
    n_estimators=1500, learning_rate=0.05, num_leaves=127,
    feature_fraction=0.8, bagging_fraction=0.8, bagging_freq=1,
    random_state=SEED, verbose=-1,
)
model.fit(train[FEATS], train["log_kwh"], categorical_feature=["site_id", "primary_use"])

pred = model.predict(test[FEATS])
rmsle = np.sqrt(mean_squared_error(test["log_kwh"], pred))
print(f"hold-out RMSLE: {rmsle:.4f}")

per_use = (test.assign(err=(test["log_kwh"] - pred) ** 2)
               .groupby("primary_use", observed=True)["err"].mean() ** 0.5)
print(per_use.sort_values().round(3))
