"""Delivery delay -- GroupKFold by courier.

Couriers have hundreds of orders each, and their personal speed is a big part
of the delay. To avoid the model memorising couriers, CV folds are grouped by
courier_id, so every validation fold is made of couriers never seen in training.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer, TransformedTargetRegressor
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, r2_score
from sklearn.model_selection import GroupKFold
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder

TARGET = "delay_min"


@dataclass
class FoldResult:
    fold: int
    n_couriers: int
    mae: float
    r2: float


df = (
    pd.read_csv("train.csv", parse_dates=["order_ts"])
    .assign(
        hour=lambda d: d.order_ts.dt.hour,
        dow=lambda d: d.order_ts.dt.dayofweek,
        month=lambda d: d.order_ts.dt.month,
        long_trip=lambda d: (d.distance_km > d.distance_km.quantile(0.9)).astype(int),
    )
)
print(df.groupby("courier_id").size().describe().round(1))

features = ["distance_km", "items", "weather", "hour", "dow", "month", "long_trip"]
X, y, groups = df[features], df[TARGET], df["courier_id"]

pipe = Pipeline([
    ("oh", ColumnTransformer([("w", OneHotEncoder(handle_unknown="ignore"), ["weather"])],
                             remainder="passthrough")),
    ("hgb", HistGradientBoostingRegressor(max_iter=400, learning_rate=0.05, random_state=0)),
])
model = TransformedTargetRegressor(regressor=pipe, func=np.log1p, inverse_func=np.expm1)

results: list[FoldResult] = []
for k, (tr, va) in enumerate(GroupKFold(n_splits=5).split(X, y, groups)):
    model.fit(X.iloc[tr], y.iloc[tr])
    pred = model.predict(X.iloc[va])
    results.append(FoldResult(k, groups.iloc[va].nunique(),
                              mean_absolute_error(y.iloc[va], pred), r2_score(y.iloc[va], pred)))

res = pd.DataFrame(results).set_index("fold")
print(res.round(3))
print("mean MAE %.2f  (sd %.2f)" % (res.mae.mean(), res.mae.std()))
