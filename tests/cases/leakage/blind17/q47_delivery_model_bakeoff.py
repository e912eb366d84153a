"""Delivery delay -- model bake-off.

Four candidate regressors, same features. Holdout = held-out couriers (GroupShuffleSplit,
20%) on their orders from 1 December; training = the other couriers before December.
The winner is refit on all labelled orders for the submission.
"""
from __future__ import annotations

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer, TransformedTargetRegressor
from sklearn.ensemble import ExtraTreesRegressor, HistGradientBoostingRegressor, RandomForestRegressor
from sklearn.linear_model import PoissonRegressor
from sklearn.metrics import mean_absolute_error, r2_score
from sklearn.model_selection import GroupShuffleSplit
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

TARGET = "delay_min"
NUM = ["distance_km", "items", "hour", "dow", "courier_trips_before"]
CAT = ["weather"]


def prep(path: str) -> pd.DataFrame:
    return (
        pd.read_csv(path, parse_dates=["order_ts"])
        .sort_values(["courier_id", "order_ts"])
        .assign(hour=lambda d: d.order_ts.dt.hour, dow=lambda d: d.order_ts.dt.dayofweek,
                courier_trips_before=lambda d: d.groupby("courier_id").cumcount())
    )


def encoder(scale: bool) -> ColumnTransformer:
    return ColumnTransformer([
        ("cat", OneHotEncoder(handle_unknown="ignore", sparse_output=False), CAT),
        ("num", StandardScaler() if scale else "passthrough", NUM),
    ])


df = prep("train.csv")
tr_i, te_i = next(GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=13)
                  .split(df, groups=df.courier_id))
train = df.iloc[tr_i].loc[lambda d: d.order_ts < "2024-12-01"]
test = df.iloc[te_i].loc[lambda d: d.order_ts >= "2024-12-01"]
print(train.shape, test.shape)

candidates = {
    "poisson_glm": make_pipeline(encoder(True), PoissonRegressor(alpha=1e-3, max_iter=1000)),
    "random_forest": make_pipeline(encoder(False), RandomForestRegressor(400, min_samples_leaf=5, n_jobs=-1, random_state=0)),
    "extra_trees": make_pipeline(encoder(False), ExtraTreesRegressor(400, min_samples_leaf=5, n_jobs=-1, random_state=0)),
    "hgb_log": TransformedTargetRegressor(
        make_pipeline(encoder(False), HistGradientBoostingRegressor(max_iter=500, learning_rate=0.05, random_state=0)),
        func=np.log1p, inverse_func=np.expm1),
}

board = {}
for name, est in candidates.items():
    est.fit(train[NUM + CAT], train[TARGET].clip(lower=0))
    pred = est.predict(test[NUM + CAT])
    board[name] = {"mae": mean_absolute_error(test[TARGET], pred), "r2": r2_score(test[TARGET], pred)}
    print(f"{name:14s} MAE={board[name]['mae']:.3f} R2={board[name]['r2']:.3f}")

board = pd.DataFrame(board).T.sort_values("mae")
winner = board.index[0]
print(f"\nselected model: {winner}  (holdout MAE {board.loc[winner, 'mae']:.3f})")

final = candidates[winner].fit(df[NUM + CAT], df[TARGET].clip(lower=0))
sub = prep("test.csv")
pd.DataFrame({"order_id": sub.order_id, "prediction": final.predict(sub[NUM + CAT])}) \
    .to_csv("predictions.csv", index=False)
