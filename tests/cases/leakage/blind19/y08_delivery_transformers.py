"""Delivery delay regression: sklearn transformers, chronological holdout on new couriers."""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, TransformerMixin, clone
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, median_absolute_error
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import FunctionTransformer, OneHotEncoder


@dataclass
class Cfg:
    path: str = "data/orders.csv"
    target: str = "delay_min"
    ts: str = "order_ts"
    courier: str = "courier_id"
    test_start: str = "2024-03-01"
    numeric: list[str] = field(default_factory=lambda: ["distance_km", "n_items", "prep_time_est_min"])
    categorical: list[str] = field(default_factory=lambda: ["weather", "vehicle_type", "zone"])


def time_parts(frame: pd.DataFrame) -> pd.DataFrame:
    ts = pd.to_datetime(frame["order_ts"])
    return pd.DataFrame({
        "hour_sin": np.sin(2 * np.pi * ts.dt.hour / 24),
        "hour_cos": np.cos(2 * np.pi * ts.dt.hour / 24),
        "weekend": (ts.dt.dayofweek >= 5).astype(int),
    }, index=frame.index)


class ZoneDistanceRatio(BaseEstimator, TransformerMixin):
    """Distance relative to the typical distance in the zone, learned in fit."""

    def fit(self, X: pd.DataFrame, y=None):
        self.zone_median_ = X.groupby("zone")["distance_km"].median()
        self.global_median_ = float(X["distance_km"].median())
        return self

    def transform(self, X: pd.DataFrame) -> np.ndarray:
        ref = X["zone"].map(self.zone_median_).fillna(self.global_median_)
        return (X["distance_km"] / ref).to_numpy().reshape(-1, 1)


def make_pipeline(cfg: Cfg, regressor) -> Pipeline:
    features = ColumnTransformer([
        ("num", "passthrough", cfg.numeric),
        ("cat", OneHotEncoder(handle_unknown="ignore", min_frequency=20), cfg.categorical),
        ("time", FunctionTransformer(time_parts), [cfg.ts]),
        ("zone_ratio", ZoneDistanceRatio(), ["zone", "distance_km"]),
    ])
    return Pipeline([("features", features), ("reg", regressor)])


def chronological_new_courier_split(df: pd.DataFrame, cfg: Cfg):
    before = df[df[cfg.ts] < cfg.test_start]
    after = df[df[cfg.ts] >= cfg.test_start]
    unseen = ~after[cfg.courier].isin(set(before[cfg.courier]))
    return before, after[unseen]


def main() -> None:
    cfg = Cfg()
    df = pd.read_csv(cfg.path, parse_dates=[cfg.ts]).sort_values(cfg.ts)
    train, test = chronological_new_courier_split(df, cfg)
    cols = cfg.numeric + cfg.categorical + [cfg.ts]

    regs = {
        "median_baseline": DummyRegressor(strategy="median"),
        "hgb": HistGradientBoostingRegressor(max_iter=400, learning_rate=0.05,
                                             loss="absolute_error"),
    }
    table = {}
    for name, reg in regs.items():
        pipe = make_pipeline(cfg, clone(reg)).fit(train[cols], train[cfg.target])
        pred = pipe.predict(test[cols])
        table[name] = {
            "MAE": mean_absolute_error(test[cfg.target], pred),
            "MedAE": median_absolute_error(test[cfg.target], pred),
        }
    print(f"train={len(train)} test={len(test)} couriers in test={test[cfg.courier].nunique()}")
    print(pd.DataFrame(table).T.round(2))


if __name__ == "__main__":
    main()
