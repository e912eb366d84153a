# QuickCart last-mile: predict delivery_hours for a shipment at dispatch time.
# Evaluate on the most recent two months (train strictly before).

import numpy as np
import pandas as pd
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score

ship = pd.read_csv("train.csv", parse_dates=["dispatched_at"])
couriers = pd.read_csv("couriers.csv")
zones = pd.read_csv("zones.csv")

df = ship.merge(couriers, on="courier_id", how="left")
df = df.merge(zones.add_prefix("orig_"), left_on="origin_zone", right_on="orig_zone_id", how="left")
df = df.merge(zones.add_prefix("dest_"), left_on="dest_zone", right_on="dest_zone_id", how="left")
df = df.sort_values("dispatched_at").reset_index(drop=True)
print(df.shape)
print(df["delivery_hours"].describe())

# time-of-dispatch features
df["hour"] = df["dispatched_at"].dt.hour
df["dow"] = df["dispatched_at"].dt.dayofweek
df["is_weekend"] = (df["dow"] >= 5).astype(int)
df["rush_hour"] = df["hour"].isin([7, 8, 9, 16, 17, 18]).astype(int)
df["same_zone"] = (df["origin_zone"] == df["dest_zone"]).astype(int)
df["kg_per_parcel"] = df["weight_kg"] / df["n_parcels"].clip(lower=1)

# a few categoricals as codes from a fixed mapping
service_map = {"standard": 0, "express": 1, "same_day": 2}
vehicle_map = {"bike": 0, "scooter": 1, "car": 2, "van": 3}
weather_map = {"clear": 0, "cloudy": 1, "rain": 2, "snow": 3, "storm": 4}
df["service_code"] = df["service_level"].map(service_map)
df["vehicle_code"] = df["vehicle_type"].map(vehicle_map)
df["weather_code"] = df["weather"].map(weather_map)

features = ["distance_km", "weight_kg", "n_parcels", "kg_per_parcel", "promised_hours",
            "hour", "dow", "is_weekend", "rush_hour", "same_zone", "service_code",
            "vehicle_code", "weather_code", "tenure_months", "orig_density", "dest_density",
            "dest_n_stops_avg"]

cutoff = pd.Timestamp("2024-03-01")
train = df[df["dispatched_at"] < cutoff]
test = df[df["dispatched_at"] >= cutoff]
print("train", train["dispatched_at"].min(), "->", train["dispatched_at"].max(), len(train))
print("test ", test["dispatched_at"].min(), "->", test["dispatched_at"].max(), len(test))

X_train, y_train = train[features].fillna(-1), train["delivery_hours"]
X_test, y_test = test[features].fillna(-1), test["delivery_hours"]

model = GradientBoostingRegressor(loss="absolute_error", n_estimators=500, max_depth=4,
                                  learning_rate=0.05, subsample=0.8, random_state=0)
model.fit(X_train, y_train)
pred = model.predict(X_test)

print(f"MAE  {mean_absolute_error(y_test, pred):.2f} h")
print(f"RMSE {np.sqrt(mean_squared_error(y_test, pred)):.2f} h")
print(f"R2   {r2_score(y_test, pred):.3f}")

# error by service level, for the memo
err = (pd.Series(pred, index=test.index) - y_test).abs()
print(err.groupby(test["service_level"]).mean().round(2))
