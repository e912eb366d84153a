# Delivery time (ETA) regression - take-home submission
import pandas as pd
import numpy as np
from sklearn.compose import ColumnTransformer
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.dummy import DummyRegressor
from sklearn.model_selection import KFold, cross_validate

TARGET = "delivery_minutes"

orders = pd.read_csv("train.csv", parse_dates=["order_placed_at"])
new_orders = pd.read_csv("test.csv", parse_dates=["order_placed_at"])
print(orders.shape, new_orders.shape)
print(orders["order_placed_at"].min(), "->", orders["order_placed_at"].max())
print(new_orders["order_placed_at"].min(), "->", new_orders["order_placed_at"].max())
print(orders[TARGET].describe())

orders = orders.sort_values("order_placed_at").reset_index(drop=True)


def add_time_parts(df):
    df = df.copy()
    df["hour"] = df["order_placed_at"].dt.hour
    df["weekday"] = df["order_placed_at"].dt.weekday
    df["is_weekend"] = (df["weekday"] >= 5).astype(int)
    df["rush_hour"] = df["hour"].isin([12, 13, 18, 19, 20]).astype(int)
    return df


orders = add_time_parts(orders)
new_orders = add_time_parts(new_orders)

NUM = ["distance_km", "items", "prep_load", "courier_count_nearby", "hour", "weekday", "is_weekend", "rush_hour"]
CAT = ["weather"]

pre = ColumnTransformer([("cat", OneHotEncoder(handle_unknown="ignore"), CAT)], remainder="passthrough")
model = Pipeline([
    ("pre", pre),
    ("gbr", HistGradientBoostingRegressor(max_iter=400, learning_rate=0.05, max_leaf_nodes=31, random_state=0)),
])

X, y = orders[NUM + CAT], orders[TARGET]
cv = KFold(n_splits=5, shuffle=True, random_state=0)
scoring = ["neg_mean_absolute_error", "neg_root_mean_squared_error"]

base = cross_validate(DummyRegressor(strategy="median"), X, y, cv=cv, scoring=scoring)
res = cross_validate(model, X, y, cv=cv, scoring=scoring)
print("median baseline MAE %.2f RMSE %.2f" % (-base["test_neg_mean_absolute_error"].mean(),
                                               -base["test_neg_root_mean_squared_error"].mean()))
print("HGB             MAE %.2f RMSE %.2f" % (-res["test_neg_mean_absolute_error"].mean(),
                                               -res["test_neg_root_mean_squared_error"].mean()))

model.fit(X, y)
pred = model.predict(new_orders[NUM + CAT])
pd.DataFrame({"order_id": new_orders["order_id"], "prediction": pred}).to_csv("predictions.csv", index=False)
print("wrote", len(pred), "predictions")
