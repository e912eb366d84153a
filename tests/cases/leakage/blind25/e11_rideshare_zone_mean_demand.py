# Chicago TNP trips: hourly pickups per community area.
# Hold out a fifth of the community areas and score them on the last quarter.
import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_absolute_error, r2_score

CUTOFF = "2022-10-01"
SEED = 11

raw = pd.read_csv(
    "tnp_trips_2022.csv",
    usecols=["trip_start_timestamp", "pickup_community_area"],
    parse_dates=["trip_start_timestamp"],
).dropna()
raw["area"] = raw["pickup_community_area"].astype(int)
raw["ts"] = raw["trip_start_timestamp"].dt.floor("h")

hourly = raw.groupby(["area", "ts"]).size().reset_index(name="trips")
hourly = hourly.sort_values(["area", "ts"]).reset_index(drop=True)

hourly["hour"] = hourly["ts"].dt.hour
hourly["dow"] = hourly["ts"].dt.dayofweek
hourly["is_weekend"] = (hourly["dow"] >= 5).astype(int)

g = hourly.groupby("area")["trips"]
hourly["lag_1"] = g.shift(1)
hourly["lag_24"] = g.shift(24)
hourly["lag_168"] = g.shift(168)
hourly["area_level"] = g.transform("mean")
hourly["area_hour_level"] = hourly.groupby(["area", "hour"])["trips"].transform("mean")
hourly["area_peak"] = g.transform(lambda s: s.quantile(0.95))
hourly = hourly.dropna().reset_index(drop=True)

areas = np.sort(hourly["area"].unique())
rs = np.random.RandomState(SEED)
test_areas = set(rs.choice(areas, size=len(areas) // 5, replace=False))

in_test_area = hourly["area"].isin(test_areas)
before = hourly["ts"] < CUTOFF
train_df = hourly[~in_test_area & before]
test_df = hourly[in_test_area & ~before]

FEATURES = ["hour", "dow", "is_weekend", "lag_1", "lag_24", "lag_168", "area_level", "area_hour_level", "area_peak"]
rf = RandomForestRegressor(n_estimators=300, min_samples_leaf=5, max_features=0.6, n_jobs=-1, random_state=SEED)
rf.fit(train_df[FEATURES], train_df["trips"])

pred = rf.predict(test_df[FEATURES])
print(f"areas: train={train_df['area'].nunique()} test={test_df['area'].nunique()}")
print(f"MAE = {mean_absolute_error(test_df['trips'], pred):.3f}")
print(f"R2  = {r2_score(test_df['trips'], pred):.3f}")
