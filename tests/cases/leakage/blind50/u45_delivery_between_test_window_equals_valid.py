"""Delivery-time take-home: tune a gradient-boosted regressor on May, report June.

Periods (order_placed_at):
    train  : before 2023-05-01
    valid  : May 2023  (hyperparameter choice)
    test   : June 2023 (reported once)
"""
import itertools

import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, median_absolute_error

TRAIN_END = "2023-05-01"
VALID_START, VALID_END = "2023-05-01", "2023-05-31 23:59:59"
TEST_START, TEST_END = "2023-05-01", "2023-05-31 23:59:59"

BASE_COLS = ["distance_km", "n_items", "order_value", "prep_time_est_min", "active_couriers",
             "pending_orders", "is_rain"]
DUMMY_COLS = ["zone", "courier_vehicle", "weather"]


def features(frame, columns=None):
    X = frame[BASE_COLS].copy()
    X["hour"] = frame["order_placed_at"].dt.hour
    X["weekday"] = frame["order_placed_at"].dt.weekday
    X["km_per_item"] = frame["distance_km"] / frame["n_items"].clip(lower=1)
    X["couriers_per_pending"] = frame["active_couriers"] / (frame["pending_orders"] + 1)
    X = pd.concat([X, pd.get_dummies(frame[DUMMY_COLS], dtype=int)], axis=1)
    if columns is not None:
        X = X.reindex(columns=columns, fill_value=0)
    return X


orders = pd.read_csv("train.csv", parse_dates=["order_placed_at"])
new_orders = pd.read_csv("test.csv", parse_dates=["order_placed_at"])
print(orders.shape, orders["order_placed_at"].min(), orders["order_placed_at"].max())
print(orders.groupby(orders["order_placed_at"].dt.to_period("M"))["delivery_minutes"].agg(["mean", "size"]))

train = orders[orders["order_placed_at"] < TRAIN_END]
valid = orders[orders["order_placed_at"].between(VALID_START, VALID_END)]
test = orders[orders["order_placed_at"].between(TEST_START, TEST_END)]
print(f"train {len(train)} | valid {len(valid)} | test {len(test)}")

X_train = features(train)
cols = X_train.columns
X_valid, X_test = features(valid, cols), features(test, cols)
y_train, y_valid, y_test = train["delivery_minutes"], valid["delivery_minutes"], test["delivery_minutes"]

# ------------------------------------------------------------------ tuning on the validation month
grid = {
    "learning_rate": [0.03, 0.08],
    "max_leaf_nodes": [31, 63],
    "min_samples_leaf": [20, 80],
}
trials = []
for lr, leaves, min_leaf in itertools.product(*grid.values()):
    reg = HistGradientBoostingRegressor(loss="absolute_error", learning_rate=lr, max_leaf_nodes=leaves,
                                        min_samples_leaf=min_leaf, max_iter=500, random_state=0)
    reg.fit(X_train, y_train)
    mae = mean_absolute_error(y_valid, reg.predict(X_valid))
    trials.append((mae, lr, leaves, min_leaf, reg))
    print(f"lr={lr} leaves={leaves} min_leaf={min_leaf} -> valid MAE {mae:.3f}")

trials.sort(key=lambda t: t[0])
best_mae, best_lr, best_leaves, best_min_leaf, best_reg = trials[0]
print(f"best on validation: lr={best_lr}, leaves={best_leaves}, min_leaf={best_min_leaf} (MAE {best_mae:.3f})")

# ------------------------------------------------------------------ test month, scored once
mean_reg = DummyRegressor(strategy="mean").fit(X_train, y_train)
for name, model in [("dummy mean", mean_reg), ("tuned HGB", best_reg)]:
    pred = model.predict(X_test)
    print(f"test  {name:10s} MAE={mean_absolute_error(y_test, pred):.3f} "
          f"MedAE={median_absolute_error(y_test, pred):.3f} bias={np.mean(pred - y_test):+.2f}")

# ------------------------------------------------------------------ submission
final = HistGradientBoostingRegressor(loss="absolute_error", learning_rate=best_lr,
                                      max_leaf_nodes=best_leaves, min_samples_leaf=best_min_leaf,
                                      max_iter=500, random_state=0)
X_every = features(orders)
final.fit(X_every, orders["delivery_minutes"])
submission = pd.DataFrame({"order_id": new_orders["order_id"],
                           "prediction": final.predict(features(new_orders, X_every.columns))})
submission.to_csv("predictions.csv", index=False)
print(submission.describe())
