"""Delivery delay: per-zone standardiser as a custom transformer, fitted on the training window."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.dummy import DummyRegressor
from sklearn.linear_model import HuberRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error

ORDER_FILE = "data/orders.csv"
NUM = ["distance_km", "n_items", "prep_time_est_min"]


@dataclass
class SplitSpec:
    start_eval: str = "2024-02-15"
    time_col: str = "order_ts"
    courier_col: str = "courier_id"


class ZoneStandardizer(BaseEstimator, TransformerMixin):
    """Standardise numeric columns within each delivery zone."""

    def __init__(self, columns: list[str], zone_col: str = "zone"):
        self.columns = columns
        self.zone_col = zone_col

    def fit(self, X: pd.DataFrame, y=None) -> "ZoneStandardizer":
        g = X.groupby(self.zone_col)[self.columns]
        self.mu_ = g.mean()
        self.sd_ = g.std().fillna(1.0).replace(0, 1.0)
        self.global_mu_ = X[self.columns].mean()
        self.global_sd_ = X[self.columns].std()
        return self

    def transform(self, X: pd.DataFrame) -> pd.DataFrame:
        mu = self.mu_.reindex(X[self.zone_col]).fillna(self.global_mu_).set_index(X.index)
        sd = self.sd_.reindex(X[self.zone_col]).fillna(self.global_sd_).set_index(X.index)
        out = (X[self.columns] - mu) / sd
        return out.add_suffix("_zstd")


def calendar(df: pd.DataFrame) -> pd.DataFrame:
    ts = df["order_ts"]
    return pd.DataFrame({"hour": ts.dt.hour, "weekend": (ts.dt.dayofweek >= 5).astype(int),
                         "rain": (df["weather"] == "rain").astype(int)}, index=df.index)


def split(df: pd.DataFrame, spec: SplitSpec) -> tuple[pd.DataFrame, pd.DataFrame]:
    train = df.loc[df[spec.time_col] < spec.start_eval]
    evaluation = df.loc[df[spec.time_col] >= spec.start_eval]
    evaluation = evaluation.loc[~evaluation[spec.courier_col].isin(train[spec.courier_col])]
    return train, evaluation


def design(df: pd.DataFrame, scaler: ZoneStandardizer) -> pd.DataFrame:
    return pd.concat([scaler.transform(df), calendar(df)], axis=1)


def main() -> None:
    orders = pd.read_csv(ORDER_FILE, parse_dates=["order_ts"]).sort_values("order_ts")
    train, test = split(orders, SplitSpec())

    scaler = ZoneStandardizer(NUM).fit(train)
    X_tr, X_te = design(train, scaler), design(test, scaler)
    y_tr, y_te = train["delay_min"], test["delay_min"]

    scores = {}
    for label, reg in (("mean_baseline", DummyRegressor()), ("huber", HuberRegressor(max_iter=500))):
        reg.fit(X_tr, y_tr)
        pred = reg.predict(X_te)
        scores[label] = {"mae": mean_absolute_error(y_te, pred),
                         "rmse": np.sqrt(mean_squared_error(y_te, pred))}
    print(pd.DataFrame(scores).T.round(2))


if __name__ == "__main__":
    main()
