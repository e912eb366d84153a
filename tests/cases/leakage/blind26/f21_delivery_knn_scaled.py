"""Delivery delay with a KNN regressor (needs scaled inputs) vs. a mean predictor."""
import numpy as np
import pandas as pd
from sklearn.preprocessing import StandardScaler
from sklearn.impute import SimpleImputer
from sklearn.neighbors import KNeighborsRegressor
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error

NUMERIC = ["distance_km", "n_items", "promised_min", "courier_rating_before",
           "restaurant_prep_min_avg", "pickup_lat", "pickup_lon", "drop_lat", "drop_lon"]


def load(path):
    df = pd.read_csv(path, parse_dates=["order_ts"])
    df["hour_sin"] = np.sin(2 * np.pi * df["order_ts"].dt.hour / 24)
    df["hour_cos"] = np.cos(2 * np.pi * df["order_ts"].dt.hour / 24)
    df["weekend"] = (df["order_ts"].dt.dayofweek >= 5).astype(int)
    return df


def prepare(df, cols):
    imputer = SimpleImputer(strategy="median")
    scaler = StandardScaler()
    values = imputer.fit_transform(df[cols])
    values = scaler.fit_transform(values)
    out = pd.DataFrame(values, columns=cols, index=df.index)
    return out


orders = load("orders.csv")
feature_cols = NUMERIC + ["hour_sin", "hour_cos", "weekend"]
X = prepare(orders, feature_cols)
y = orders["delay_min"]

cutoff = orders["order_ts"].max() - pd.Timedelta(days=28)
in_train = orders["order_ts"] <= cutoff
train_couriers = orders.loc[in_train, "courier_id"].unique()
in_test = (~in_train) & (~orders["courier_id"].isin(train_couriers))

knn = KNeighborsRegressor(n_neighbors=25, weights="distance")
knn.fit(X[in_train], y[in_train])
pred = knn.predict(X[in_test])

dummy = DummyRegressor(strategy="mean").fit(X[in_train], y[in_train])
print("mean predictor MAE:", round(mean_absolute_error(y[in_test], dummy.predict(X[in_test])), 2))
print("kNN MAE:           ", round(mean_absolute_error(y[in_test], pred), 2))

err = pd.Series(np.abs(y[in_test].values - pred), index=y[in_test].index)
print(err.groupby(orders.loc[in_test, "pickup_zone"]).mean().sort_values().tail(10))
