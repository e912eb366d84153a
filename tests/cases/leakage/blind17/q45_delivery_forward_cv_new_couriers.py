"""Delivery delay -- forward-chaining CV on unseen couriers.

Each fold: train on all orders before a cutoff, validate on the following
window restricted to couriers with no orders before the cutoff (the hidden test
set is later orders, and the new-courier segment is where we struggle most).
Baseline in each fold: predict the training-window mean delay.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer, TransformedTargetRegressor
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, root_mean_squared_error
from sklearn.model_selection import TimeSeriesSplit
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OrdinalEncoder

TARGET = "delay_min"


@dataclass
class Fold:
    k: int
    train_idx: np.ndarray
    valid_idx: np.ndarray


def forward_new_courier_folds(df: pd.DataFrame, n_splits: int = 5, gap: int = 0) -> Iterator[Fold]:
    """TimeSeriesSplit on time-sorted rows, then drop validation rows of couriers seen in training."""
    for k, (tr, va) in enumerate(TimeSeriesSplit(n_splits=n_splits, gap=gap).split(df)):
        seen = set(df.courier_id.iloc[tr])
        va = va[~df.courier_id.iloc[va].isin(seen).to_numpy()]
        if len(va) >= 50:
            yield Fold(k, tr, va)


def fold_metrics(y, pred) -> dict[str, float]:
    return {"mae": mean_absolute_error(y, pred), "rmse": root_mean_squared_error(y, pred)}


df = (
    pd.read_csv("train.csv", parse_dates=["order_ts"])
    .sort_values(["courier_id", "order_ts"])
    .assign(
        hour=lambda d: d.order_ts.dt.hour,
        dow=lambda d: d.order_ts.dt.dayofweek,
        courier_exp=lambda d: d.groupby("courier_id").cumcount(),
        courier_avg_km_before=lambda d: d.groupby("courier_id").distance_km
                                         .transform(lambda s: s.shift(1).expanding().mean()),
    )
    .sort_values("order_ts", ignore_index=True)
)

FEATURES = ["distance_km", "items", "weather", "hour", "dow", "courier_exp", "courier_avg_km_before"]

model = TransformedTargetRegressor(
    regressor=make_pipeline(
        ColumnTransformer([("w", OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1),
                            ["weather"])], remainder="passthrough"),
        HistGradientBoostingRegressor(max_iter=400, learning_rate=0.05, random_state=0),
    ),
    func=np.log1p, inverse_func=np.expm1,
)

rows = []
for fold in forward_new_courier_folds(df, n_splits=6, gap=200):
    tr, va = df.iloc[fold.train_idx], df.iloc[fold.valid_idx]
    model.fit(tr[FEATURES], tr[TARGET])
    rows.append({"fold": fold.k, "n_valid": len(va), "new_couriers": va.courier_id.nunique(),
                 **{f"model_{k}": v for k, v in fold_metrics(va[TARGET], model.predict(va[FEATURES])).items()},
                 **{f"baseline_{k}": v for k, v in
                    fold_metrics(va[TARGET], np.full(len(va), tr[TARGET].mean())).items()}})

report = pd.DataFrame(rows).set_index("fold")
print(report.round(2))
print(report.drop(columns=["n_valid", "new_couriers"]).mean().round(2))
