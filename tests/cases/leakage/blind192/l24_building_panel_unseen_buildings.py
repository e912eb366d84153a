"""
Electricity (meter 0) model for a portfolio of buildings - ASHRAE GEP III data.

Question we want to answer: how well does a portfolio model trained on the
buildings we already monitor forecast *other* buildings in a later period?
Evaluation: train on Jan-Sep 2016 of ~75% of the buildings, test on
Oct-Dec 2016 of buildings the model never saw.
"""
import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_squared_error

CUTOFF = pd.Timestamp("2016-10-01")

readings = pd.read_csv("train.csv", parse_dates=["timestamp"])
meta = pd.read_csv("building_metadata.csv")
weather = pd.read_csv("weather_train.csv", parse_dates=["timestamp"])

readings = readings[readings["meter"] == 0].drop(columns="meter")
df = (readings.merge(meta, on="building_id", how="left")
              .merge(weather, on=["site_id", "timestamp"], how="left"))
df = df.sort_values(["building_id", "timestamp"]).reset_index(drop=True)
print(df.shape, df["building_id"].nunique(), "buildings")

# site 0 readings are in kBTU, convert to kWh
site0 = df["site_id"] == 0
df.loc[site0, "meter_reading"] = df.loc[site0, "meter_reading"] * 0.2931

df["log_reading"] = np.log1p(df["meter_reading"])
df["hour"] = df["timestamp"].dt.hour
df["dow"] = df["timestamp"].dt.dayofweek
df["month"] = df["timestamp"].dt.month
df["log_sqft"] = np.log(df["square_feet"])
df["age"] = 2016 - df["year_built"]

# per-building history: same hour yesterday and last week (past rows only)
g = df.groupby("building_id")["log_reading"]
df["lag_24"] = g.shift(24)
df["lag_168"] = g.shift(168)
df["lag_168_mean24"] = g.transform(lambda s: s.shift(168).rolling(24, min_periods=12).mean())

df = pd.get_dummies(df, columns=["primary_use"], prefix="use", dtype=int)
use_cols = [c for c in df.columns if c.startswith("use_")]

FEATURES = ["hour", "dow", "month", "log_sqft", "age", "floor_count",
            "air_temperature", "dew_temperature", "cloud_coverage", "wind_speed",
            "lag_24", "lag_168", "lag_168_mean24"] + use_cols
df = df.dropna(subset=["lag_168", "lag_168_mean24"])

# ---- split: earlier period for training, later period of unseen buildings for testing
rng = np.random.RandomState(42)
all_buildings = df["building_id"].unique()
holdout_buildings = rng.choice(all_buildings, size=len(all_buildings) // 4, replace=False)

train = df[(df["timestamp"] < CUTOFF) & (~df["building_id"].isin(holdout_buildings))]
test = df[df["timestamp"] >= CUTOFF]
test = test[~test["building_id"].isin(train["building_id"].unique())]
print("train:", len(train), train["building_id"].nunique(), "buildings")
print("test :", len(test), test["building_id"].nunique(), "buildings")

model = lgb.LGBMRegressor(n_estimators=800, learning_rate=0.05, num_leaves=127,
                          feature_fraction=0.8, bagging_fraction=0.8, bagging_freq=1,
                          verbose=-1)
model.fit(train[FEATURES], train["log_reading"])

baseline = DummyRegressor(strategy="mean").fit(train[FEATURES], train["log_reading"])

for name, m in [("baseline (mean)", baseline), ("lightgbm", model)]:
    rmsle = np.sqrt(mean_squared_error(test["log_reading"], m.predict(test[FEATURES])))
    print(f"{name:16s} RMSLE = {rmsle:.4f}")

imp = pd.Series(model.feature_importances_, index=FEATURES).sort_values(ascending=False)
print(imp.head(12))
