# NYC taxi trip duration: a feature engineering walkthrough
# =========================================================
#
# Kaggle "New York City Taxi Trip Duration" (train.csv). We predict how long a ride takes from where and
# when it starts. Evaluation metric: RMSLE, so we model log1p(trip_duration).
#
# `dropoff_datetime` is dropped: it is only known once the trip is over (and it would give the answer away).

import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_squared_error

trips = pd.read_csv("train.csv")
trips = trips.drop(columns=["id", "dropoff_datetime"])
trips = trips[trips["trip_duration"].between(60, 6 * 3600)]


# Time-of-day features from the pickup timestamp, and the straight-line distance.

pickup = pd.to_datetime(trips["pickup_datetime"])
trips["hour"] = pickup.dt.hour
trips["weekday"] = pickup.dt.weekday
trips["month"] = pickup.dt.month
trips = trips.drop(columns=["pickup_datetime"])


def haversine_km(lat1, lon1, lat2, lon2):
    lat1, lon1, lat2, lon2 = map(np.radians, (lat1, lon1, lat2, lon2))
    a = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    return 6371 * 2 * np.arcsin(np.sqrt(a))


trips["distance_km"] = haversine_km(trips["pickup_latitude"], trips["pickup_longitude"],
                                    trips["dropoff_latitude"], trips["dropoff_longitude"])
trips["store_and_fwd_flag"] = (trips["store_and_fwd_flag"] == "Y").astype(int)

y = np.log1p(trips["trip_duration"])
X = trips.drop(columns=["trip_duration"])
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=0)

model = HistGradientBoostingRegressor(max_iter=500, learning_rate=0.1, random_state=0).fit(X_train, y_train)
dummy = DummyRegressor(strategy="mean").fit(X_train, y_train)

rmsle = lambda pred: mean_squared_error(y_test, pred) ** 0.5
print("dummy (mean log duration) RMSLE: %.4f" % rmsle(dummy.predict(X_test)))
print("gradient boosting         RMSLE: %.4f" % rmsle(model.predict(X_test)))
