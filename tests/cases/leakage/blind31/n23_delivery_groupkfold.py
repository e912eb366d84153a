"""Delivery delay -- grouped cross-validation by courier.

The same courier shows up hundreds of times; a plain KFold would let the model memorise
couriers. GroupKFold keeps each courier in exactly one fold.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.model_selection import GroupKFold, cross_validate
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder

TARGET = "delay_min"
GROUP = "courier_id"
NUM = ["distance_km", "restaurant_prep_min", "n_items", "traffic_index", "courier_orders_today"]
CAT = ["weather", "zone", "vehicle_type"]


def add_time_features(df):
    t = pd.to_datetime(df["order_time"])
    return df.assign(
        hour=t.dt.hour,
        dow=t.dt.dayofweek,
        is_lunch=t.dt.hour.between(11, 14).astype(int),
        is_dinner=t.dt.hour.between(18, 21).astype(int),
    )


def pipeline(max_iter=300, lr=0.05):
    ct = ColumnTransformer(
        [("cat", OneHotEncoder(handle_unknown="ignore", sparse_output=False), CAT)],
        remainder="passthrough",
    )
    return Pipeline([("ct", ct), ("hgb", HistGradientBoostingRegressor(max_iter=max_iter, learning_rate=lr, random_state=0))])


df = add_time_features(pd.read_csv("train.csv"))
feats = NUM + CAT + ["hour", "dow", "is_lunch", "is_dinner"]
X, y, groups = df[feats], df[TARGET], df[GROUP]

cv = GroupKFold(n_splits=5)
results = {}
for lr in (0.03, 0.05, 0.1):
    res = cross_validate(
        pipeline(lr=lr), X, y, groups=groups, cv=cv,
        scoring=("neg_mean_absolute_error", "neg_root_mean_squared_error", "r2"),
    )
    results[lr] = {k.replace("test_", ""): -v.mean() if "neg_" in k else v.mean()
                   for k, v in res.items() if k.startswith("test_")}
table = pd.DataFrame(results).T
print(table.round(3))

best_lr = table["neg_mean_absolute_error"].idxmin()
print("best learning rate:", best_lr, "CV MAE:", round(table.loc[best_lr, "neg_mean_absolute_error"], 3))

model = pipeline(lr=best_lr).fit(X, y)
sub = add_time_features(pd.read_csv("test.csv"))
pred = np.clip(model.predict(sub[feats]), a_min=-30, a_max=None)
pd.DataFrame({"order_id": sub["order_id"], "prediction": pred}).to_csv("predictions.csv", index=False)
