"""Delivery-delay model, quick version (time box was tight).

Trained on every labelled order; reported fit quality below. Given more time I would
add a proper out-of-time check.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer, TransformedTargetRegressor
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, r2_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OrdinalEncoder

NUM = ["distance_km", "restaurant_prep_min", "n_items", "traffic_index", "courier_orders_today"]
CAT = ["weather", "zone", "vehicle_type"]


def featurize(df):
    t = pd.to_datetime(df["order_time"])
    df = df.copy()
    df["hour"] = t.dt.hour
    df["dow"] = t.dt.dayofweek
    df["peak"] = t.dt.hour.isin([12, 13, 19, 20]).astype(int)
    df["dist_x_traffic"] = df["distance_km"] * df["traffic_index"].fillna(1.0)
    return df


COLS = NUM + CAT + ["hour", "dow", "peak", "dist_x_traffic"]


def build():
    ct = ColumnTransformer(
        [("cat", OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1), CAT)],
        remainder="passthrough",
    )
    hgb = HistGradientBoostingRegressor(
        categorical_features=[0, 1, 2], max_iter=600, learning_rate=0.04, early_stopping=False, random_state=1
    )
    return TransformedTargetRegressor(
        regressor=Pipeline([("ct", ct), ("hgb", hgb)]),
        func=lambda v: np.log1p(np.clip(v, 0, None)),
        inverse_func=np.expm1,
        check_inverse=False,
    )


train = featurize(pd.read_csv("train.csv"))
X, y = train[COLS], train["delay_min"]

model = build().fit(X, y)
mean_model = DummyRegressor(strategy="mean").fit(X, y)

fitted = model.predict(X)
print("MAE (model)   :", round(mean_absolute_error(y, fitted), 3))
print("MAE (mean)    :", round(mean_absolute_error(y, mean_model.predict(X)), 3))
print("R^2 (model)   :", round(r2_score(y, fitted), 3))

by_zone = pd.DataFrame({"zone": X["zone"], "err": np.abs(y - fitted)}).groupby("zone")["err"].mean()
print(by_zone.sort_values(ascending=False).head())

test = featurize(pd.read_csv("test.csv"))
pd.DataFrame({"order_id": test["order_id"], "prediction": model.predict(test[COLS])}).to_csv(
    "predictions.csv", index=False
)
print("wrote", len(test), "predictions")
