"""Claim severity take-home: regularised linear models on log claim amount.

The target is modelled on the log scale and predictions are mapped back with
expm1, so errors are reported in currency units.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Dict, List

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer, TransformedTargetRegressor
from sklearn.dummy import DummyRegressor
from sklearn.impute import SimpleImputer
from sklearn.linear_model import ElasticNet, Lasso, Ridge
from sklearn.metrics import mean_absolute_error, mean_squared_error
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

log = logging.getLogger("claims.linear")


@dataclass
class LinearConfig:
    path: str = "train.csv"
    target: str = "claim_amount"
    numeric: List[str] = field(default_factory=lambda: [
        "vehicle_age", "driver_age", "policy_tenure_years", "deductible",
        "annual_premium", "num_prior_claims", "loss_month"])
    categorical: List[str] = field(default_factory=lambda: ["vehicle_make", "region", "repair_shop_tier"])
    model_name: str = "ridge"   # fixed up front from the brief's guidance; no search
    alphas: Dict[str, float] = field(default_factory=lambda: {"ridge": 3.0, "lasso": 0.001, "enet": 0.002})


class LinearClaimsModel:
    ESTIMATORS = {"ridge": Ridge, "lasso": Lasso, "enet": ElasticNet}

    def __init__(self, cfg: LinearConfig):
        self.cfg = cfg
        df = pd.read_csv(cfg.path, parse_dates=["loss_date"])
        df["loss_month"] = df["loss_date"].dt.month
        self.df = df
        X = df[cfg.numeric + cfg.categorical]
        y = df[cfg.target]
        self.X_train, self.X_test, self.y_train, self.y_test = train_test_split(
            X, y, test_size=0.2, random_state=12)

    def _prep(self) -> ColumnTransformer:
        return ColumnTransformer([
            ("num", make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), self.cfg.numeric),
            ("cat", OneHotEncoder(handle_unknown="ignore"), self.cfg.categorical),
        ])

    def build(self, name: str) -> TransformedTargetRegressor:
        reg = self.ESTIMATORS[name](alpha=self.cfg.alphas[name])
        return TransformedTargetRegressor(
            regressor=Pipeline([("prep", self._prep()), ("reg", reg)]),
            func=np.log1p, inverse_func=np.expm1)

    def evaluate(self) -> pd.DataFrame:
        rows = {}
        median_pred = DummyRegressor(strategy="median").fit(self.X_train, self.y_train).predict(self.X_test)
        rows["baseline_median"] = {"mae": mean_absolute_error(self.y_test, median_pred),
                                   "rmse": float(np.sqrt(mean_squared_error(self.y_test, median_pred)))}
        name = self.cfg.model_name
        model = self.build(name).fit(self.X_train, self.y_train)
        pred = model.predict(self.X_test)
        rows[name] = {"mae": mean_absolute_error(self.y_test, pred),
                      "rmse": float(np.sqrt(mean_squared_error(self.y_test, pred)))}
        log.info("%s: %s", name, rows[name])
        return pd.DataFrame(rows).T


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(LinearClaimsModel(LinearConfig()).evaluate().round(2))
