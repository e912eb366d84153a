"""ETA model with restaurant / courier load features computed from earlier orders only.

All load counters are "so far" counts at the moment the order is placed
(cumulative counts over time-sorted rows), so nothing from later orders leaks in.
Validation: last 3 weeks of orders.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import mean_absolute_error

orders = pd.read_csv("train.csv", parse_dates=["order_placed_at"])
orders = orders.sort_values(["order_placed_at", "order_id"]).reset_index(drop=True)
orders["date"] = orders["order_placed_at"].dt.normalize()

# counts of *previous* orders (cumcount is 0 for the first order)
orders["rest_orders_before"] = orders.groupby("restaurant_id").cumcount()
orders["rest_orders_today_before"] = orders.groupby(["restaurant_id", "date"]).cumcount()
orders["courier_orders_today_before"] = orders.groupby(["courier_id", "date"]).cumcount()


def orders_last_hour(frame):
    s = pd.Series(1.0, index=frame["order_placed_at"])
    return s.rolling("60min", closed="left").sum().fillna(0).values


orders["rest_orders_last_hour"] = (
    orders.groupby("restaurant_id", group_keys=False)
    .apply(lambda g: pd.Series(orders_last_hour(g), index=g.index))
)

orders["hour"] = orders["order_placed_at"].dt.hour
orders["dow"] = orders["order_placed_at"].dt.dayofweek
for c in ["weather", "courier_vehicle", "restaurant_cuisine"]:
    orders[c] = orders[c].astype("category")

FEATS = ["distance_km", "items_count", "order_value", "prep_time_estimate", "hour", "dow",
         "weather", "courier_vehicle", "restaurant_cuisine",
         "rest_orders_before", "rest_orders_today_before", "courier_orders_today_before", "rest_orders_last_hour"]

cutoff = orders["order_placed_at"].max() - pd.Timedelta(weeks=3)
train = orders[orders["order_placed_at"] <= cutoff]
valid = orders[orders["order_placed_at"] > cutoff]
print(len(train), len(valid))

model = lgb.LGBMRegressor(objective="l1", n_estimators=1500, learning_rate=0.03, num_leaves=63,
                          min_child_samples=50, colsample_bytree=0.8, random_state=0, verbose=-1)
model.fit(train[FEATS], train["delivery_minutes"])
pred = model.predict(valid[FEATS])

baseline = np.full(len(valid), train["delivery_minutes"].median())
print("median baseline MAE", round(mean_absolute_error(valid["delivery_minutes"], baseline), 2))
print("lightgbm MAE       ", round(mean_absolute_error(valid["delivery_minutes"], pred), 2))

imp = pd.Series(model.booster_.feature_importance("gain"), index=FEATS).sort_values(ascending=False)
print(imp.round(0))
