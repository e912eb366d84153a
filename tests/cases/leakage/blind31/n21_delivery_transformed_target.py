"""Delivery delay regression.

* delay_min is heavily right-skewed -> model log1p(delay) via TransformedTargetRegressor
* cyclic hour-of-day via a periodic SplineTransformer (inside the pipeline)
* evaluation: last 20% of the timeline, couriers first seen after the cut only
"""
from dataclasses import dataclass

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer, TransformedTargetRegressor
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, median_absolute_error, root_mean_squared_error
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import FunctionTransformer, OrdinalEncoder, SplineTransformer


@dataclass
class Settings:
    target: str = "delay_min"
    time_col: str = "order_time"
    courier: str = "courier_id"
    test_frac: float = 0.2
    seed: int = 0


S = Settings()
NUMERIC = ["distance_km", "restaurant_prep_min", "n_items", "traffic_index", "courier_orders_today"]
CATEG = ["weather", "zone", "vehicle_type"]


def time_parts(X):
    t = pd.to_datetime(X[S.time_col])
    return pd.DataFrame({"hour": t.dt.hour + t.dt.minute / 60, "dow": t.dt.dayofweek}, index=X.index)


def build():
    hour_spline = Pipeline([
        ("parts", FunctionTransformer(time_parts)),
        ("spline", ColumnTransformer([("h", SplineTransformer(n_knots=12, degree=3, extrapolation="periodic",
                                                                knots=np.linspace(0, 24, 12).reshape(-1, 1)), ["hour"])],
                                     remainder="passthrough")),
    ])
    prep = ColumnTransformer([
        ("time", hour_spline, [S.time_col]),
        ("num", "passthrough", NUMERIC),
        ("cat", OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1), CATEG),
    ])
    reg = HistGradientBoostingRegressor(loss="absolute_error", max_iter=400, learning_rate=0.05, random_state=S.seed)
    return TransformedTargetRegressor(
        regressor=Pipeline([("prep", prep), ("hgb", reg)]),
        func=np.log1p, inverse_func=np.expm1,
    )


df = pd.read_csv("train.csv", parse_dates=[S.time_col]).sort_values(S.time_col)
cut = df[S.time_col].quantile(1 - S.test_frac)
train = df[df[S.time_col] < cut]
test = df[df[S.time_col] >= cut]
test = test[~test[S.courier].isin(train[S.courier].unique())]
print(f"train {len(train)} rows, test {len(test)} rows ({test[S.courier].nunique()} new couriers)")

cols = [S.time_col] + NUMERIC + CATEG  # courier_rating_after is post-delivery, not used
model = build().fit(train[cols], train[S.target])
baseline = DummyRegressor(strategy="median").fit(train[cols], train[S.target])

for name, est in [("median baseline", baseline), ("TTR(HGB, log1p)", model)]:
    pred = est.predict(test[cols])
    print(f"{name:18s} MAE={mean_absolute_error(test[S.target], pred):6.2f}  "
          f"RMSE={root_mean_squared_error(test[S.target], pred):6.2f}  "
          f"MedAE={median_absolute_error(test[S.target], pred):6.2f}")

model = build().fit(df[cols], df[S.target])
sub = pd.read_csv("test.csv", parse_dates=[S.time_col])
pd.DataFrame({"order_id": sub["order_id"], "prediction": model.predict(sub[cols])}).to_csv("predictions.csv", index=False)
