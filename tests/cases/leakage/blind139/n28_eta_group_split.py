"""Delivery ETA - gradient boosting, validated on couriers not seen in training.

Orders from the same courier share a riding style, so the split is by courier:
the test couriers never appear in the training part.
"""
import json

import numpy as np
import pandas as pd
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error
from sklearn.model_selection import GroupShuffleSplit

task = json.load(open("task.json"))
TARGET, ID, GROUP = task["target"], task["id_column"], task["group_column"]

orders = pd.read_csv("train.csv")
to_score = pd.read_csv("test.csv")
print(orders[TARGET].describe())
print("orders per courier:", orders.groupby(GROUP).size().describe().round(1).to_dict())

TRAFFIC = {"low": 0, "medium": 1, "high": 2, "jam": 3}
WEATHER = {"clear": 0, "cloudy": 0, "rain": 1, "storm": 2, "snow": 2}


def features(d):
    f = pd.DataFrame(index=d.index)
    f["distance_km"] = d["distance_km"]
    f["prep_time_est"] = d["prep_time_est"]
    f["items_count"] = d["items_count"]
    f["traffic"] = d["traffic_level"].map(TRAFFIC)
    f["weather"] = d["weather"].map(WEATHER).fillna(0)
    f["rush_hour"] = d["hour"].isin([12, 13, 18, 19, 20]).astype(int)
    f["hour"] = d["hour"]
    f["weekend"] = d["weekday"].isin([5, 6]).astype(int)
    f["bike"] = (d["vehicle_type"] == "bicycle").astype(int)
    f["scooter"] = (d["vehicle_type"] == "scooter").astype(int)
    f["experience_log"] = np.log1p(d["courier_experience_days"])
    f["dist_x_traffic"] = f["distance_km"] * (1 + f["traffic"])
    return f


X, y, groups = features(orders), orders[TARGET], orders[GROUP]

splitter = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=8)
tr_idx, te_idx = next(splitter.split(X, y, groups))
assert not set(groups.iloc[tr_idx]) & set(groups.iloc[te_idx])
X_tr, X_te, y_tr, y_te = X.iloc[tr_idx], X.iloc[te_idx], y.iloc[tr_idx], y.iloc[te_idx]

gbr = GradientBoostingRegressor(loss="huber", n_estimators=500, max_depth=5, learning_rate=0.05,
                                subsample=0.9, random_state=8)
gbr.fit(X_tr, y_tr)
pred = gbr.predict(X_te)

median_eta = np.full(len(y_te), y_tr.median())
print("median ETA baseline  MAE %.2f  RMSE %.2f" % (mean_absolute_error(y_te, median_eta),
                                                   mean_squared_error(y_te, median_eta) ** 0.5))
print("GBR (huber)          MAE %.2f  RMSE %.2f" % (mean_absolute_error(y_te, pred),
                                                   mean_squared_error(y_te, pred) ** 0.5))
print("share within 10 min: %.3f" % (np.abs(y_te - pred) <= 10).mean())

gbr.fit(X, y)
pd.DataFrame({ID: to_score[ID], "prediction": gbr.predict(features(to_score))}).to_csv("predictions.csv", index=False)
