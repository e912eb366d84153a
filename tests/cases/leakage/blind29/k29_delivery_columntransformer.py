# Delivery delay take-home
# Preprocessing is learned from the training window only; the evaluation window
# (later orders, new couriers) is only transformed.

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.neural_network import MLPRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error

NUMERIC = ["distance_km", "n_items", "prep_time_est", "traffic_index", "hour", "dow"]
CATEGORICAL = ["weather", "vehicle_type", "zone_id"]


def add_time_parts(frame):
    frame = frame.copy()
    frame["hour"] = frame["order_ts"].dt.hour
    frame["dow"] = frame["order_ts"].dt.dayofweek
    return frame


orders = add_time_parts(pd.read_csv("train.csv", parse_dates=["order_ts"]))
print(orders.shape)
print(orders[NUMERIC + ["delay_min"]].describe().T)

cut = orders["order_ts"].quantile(0.85)
train = orders[orders["order_ts"] < cut]
evaluation = orders[orders["order_ts"] >= cut]
evaluation = evaluation[~evaluation["courier_id"].isin(train["courier_id"])]

preprocess = ColumnTransformer([
    ("num", make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), NUMERIC),
    ("cat", make_pipeline(SimpleImputer(strategy="most_frequent"),
                          OneHotEncoder(handle_unknown="ignore", min_frequency=30)), CATEGORICAL),
])
X_train = preprocess.fit_transform(train)
X_eval = preprocess.transform(evaluation)
y_train, y_eval = train["delay_min"].values, evaluation["delay_min"].values

net = MLPRegressor(hidden_layer_sizes=(64, 32), alpha=1e-3, learning_rate_init=1e-3,
                   max_iter=300, early_stopping=False, random_state=0)
net.fit(X_train, y_train)
pred = net.predict(X_eval)

baseline = np.full_like(y_eval, fill_value=np.median(y_train), dtype=float)
print("baseline (train median)  MAE %.3f  RMSE %.3f" % (
    mean_absolute_error(y_eval, baseline), np.sqrt(mean_squared_error(y_eval, baseline))))
print("mlp                      MAE %.3f  RMSE %.3f" % (
    mean_absolute_error(y_eval, pred), np.sqrt(mean_squared_error(y_eval, pred))))

by_weather = pd.DataFrame({"weather": evaluation["weather"].values, "err": np.abs(y_eval - pred)})
print(by_weather.groupby("weather")["err"].mean())

# submission
final_pre = preprocess.fit(orders)
final_net = MLPRegressor(hidden_layer_sizes=(64, 32), alpha=1e-3, learning_rate_init=1e-3,
                         max_iter=300, random_state=0)
final_net.fit(final_pre.transform(orders), orders["delay_min"].values)
unlabelled = add_time_parts(pd.read_csv("test.csv", parse_dates=["order_ts"]))
pd.DataFrame({"order_id": unlabelled["order_id"],
              "prediction": final_net.predict(final_pre.transform(unlabelled))}).to_csv("predictions.csv", index=False)
