"""NYC Taxi Trip Duration - LightGBM.

Target: log1p(trip_duration). Metric: RMSLE (= RMSE on the log target).
Early stopping on a validation slice of the training data.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
import matplotlib.pyplot as plt
from sklearn.model_selection import train_test_split
from sklearn.metrics import mean_squared_error


def haversine(lat1, lon1, lat2, lon2):
    lat1, lon1, lat2, lon2 = map(np.radians, (lat1, lon1, lat2, lon2))
    dlat, dlon = lat2 - lat1, lon2 - lon1
    a = np.sin(dlat / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin(dlon / 2) ** 2
    return 6371 * 2 * np.arcsin(np.sqrt(a))


trips = pd.read_csv("train.csv")
print(trips.shape)
print(trips.head())

# remove obviously broken trips (> 6h)
trips = trips[trips["trip_duration"] < 6 * 3600]

trips["pickup_datetime"] = pd.to_datetime(trips["pickup_datetime"])
trips["hour"] = trips["pickup_datetime"].dt.hour
trips["weekday"] = trips["pickup_datetime"].dt.weekday
trips["month"] = trips["pickup_datetime"].dt.month
trips["distance_km"] = haversine(trips["pickup_latitude"], trips["pickup_longitude"],
                                 trips["dropoff_latitude"], trips["dropoff_longitude"])
trips["store_and_fwd_flag"] = (trips["store_and_fwd_flag"] == "Y").astype(int)

np.log1p(trips["trip_duration"]).hist(bins=100)
plt.savefig("log_duration.png")

features = ["vendor_id", "passenger_count", "pickup_longitude", "pickup_latitude",
            "dropoff_longitude", "dropoff_latitude", "store_and_fwd_flag",
            "hour", "weekday", "month", "distance_km"]
X = trips[features]
y = np.log1p(trips["trip_duration"])

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=2017)
X_tr, X_val, y_tr, y_val = train_test_split(X_train, y_train, test_size=0.15, random_state=2017)

# baseline: always predict the mean log duration
baseline_rmsle = np.sqrt(mean_squared_error(y_test, np.full(len(y_test), y_train.mean())))
print(f"baseline RMSLE: {baseline_rmsle:.4f}")

model = lgb.LGBMRegressor(
    n_estimators=5000,
    learning_rate=0.05,
    num_leaves=127,
    min_child_samples=50,
    subsample=0.8,
    subsample_freq=1,
    colsample_bytree=0.8,
)
model.fit(
    X_tr, y_tr,
    eval_set=[(X_val, y_val)],
    eval_metric="rmse",
    callbacks=[lgb.early_stopping(100), lgb.log_evaluation(200)],
)
print("best iteration:", model.best_iteration_)

pred = model.predict(X_test, num_iteration=model.best_iteration_)
print(f"LightGBM RMSLE: {np.sqrt(mean_squared_error(y_test, pred)):.4f}")

lgb.plot_importance(model, max_num_features=15)
plt.tight_layout()
plt.savefig("lgb_importance.png")
