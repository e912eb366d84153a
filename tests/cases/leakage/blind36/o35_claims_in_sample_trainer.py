"""Claim severity take-home: boosted trees on claim_amount.

Writes predictions.csv for the bundle's test.csv and prints model quality.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Dict, List

import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score

log = logging.getLogger("claims.trainer")


@dataclass
class TrainerConfig:
    train_path: str = "train.csv"
    test_path: str = "test.csv"
    target: str = "claim_amount"
    id_column: str = "claim_id"
    drop: List[str] = field(default_factory=lambda: [
        "policy_id", "loss_date", "settlement_amount", "adjuster_final_reserve"])
    categorical: List[str] = field(default_factory=lambda: ["vehicle_make", "region", "repair_shop_tier"])
    params: Dict[str, float] = field(default_factory=lambda: {"learning_rate": 0.05, "max_leaf_nodes": 31})


class ClaimsTrainer:
    def __init__(self, cfg: TrainerConfig):
        self.cfg = cfg
        self.train_df = pd.read_csv(cfg.train_path)
        self.model = HistGradientBoostingRegressor(random_state=0, **cfg.params)
        self.baseline = DummyRegressor(strategy="mean")
        self._columns: List[str] = []

    def features(self, df: pd.DataFrame) -> pd.DataFrame:
        X = df.drop(columns=[c for c in self.cfg.drop + [self.cfg.target, self.cfg.id_column] if c in df])
        X = pd.get_dummies(X, columns=self.cfg.categorical, dtype=float)
        if self._columns:
            X = X.reindex(columns=self._columns, fill_value=0.0)
        else:
            self._columns = list(X.columns)
        return X

    def fit(self) -> "ClaimsTrainer":
        X, y = self.features(self.train_df), self.train_df[self.cfg.target]
        self.model.fit(X, y)
        self.baseline.fit(X, y)
        return self

    @staticmethod
    def metrics(y_true, y_pred) -> Dict[str, float]:
        return {"mae": mean_absolute_error(y_true, y_pred),
                "rmse": float(np.sqrt(mean_squared_error(y_true, y_pred))),
                "r2": r2_score(y_true, y_pred)}

    def evaluate(self) -> pd.DataFrame:
        X, y = self.features(self.train_df), self.train_df[self.cfg.target]
        return pd.DataFrame({
            "baseline_mean": self.metrics(y, self.baseline.predict(X)),
            "hgb": self.metrics(y, self.model.predict(X)),
        }).T

    def write_predictions(self, out: str = "predictions.csv") -> None:
        test = pd.read_csv(self.cfg.test_path)
        pred = self.model.predict(self.features(test))
        pd.DataFrame({self.cfg.id_column: test[self.cfg.id_column], "prediction": pred}).to_csv(out, index=False)
        log.info("wrote %d predictions", len(test))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    trainer = ClaimsTrainer(TrainerConfig()).fit()
    print(trainer.evaluate().round(3))
    trainer.write_predictions()
