#!/usr/bin/env python
"""ETA regression with LightGBM (QuickBite take-home)."""
import argparse
import json
import logging
from dataclasses import dataclass

import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.metrics import mean_absolute_error, r2_score
from sklearn.model_selection import train_test_split

LOG = logging.getLogger("eta")

CATEGORICALS = ["weather", "courier_vehicle", "city_zone"]
NUMERICS = ["distance_km", "prep_time_est_min", "basket_items", "basket_value",
            "courier_active_orders", "placed_hour", "weekday"]


@dataclass
class TrainConfig:
    learning_rate: float = 0.03
    num_leaves: int = 63
    n_estimators: int = 5000
    early_stopping_rounds: int = 100
    holdout: float = 0.2
    seed: int = 2024


def prepare(df: pd.DataFrame) -> pd.DataFrame:
    X = df[NUMERICS + CATEGORICALS].copy()
    for c in CATEGORICALS:
        X[c] = X[c].astype("category")
    X["distance_x_load"] = X["distance_km"] * (1 + X["courier_active_orders"])
    X["value_per_item"] = X["basket_value"] / X["basket_items"].clip(lower=1)
    return X


class Trainer:
    def __init__(self, cfg: TrainConfig):
        self.cfg = cfg
        self.model = None

    def fit(self, X_tr, y_tr, X_eval, y_eval):
        self.model = lgb.LGBMRegressor(
            objective="l1",
            learning_rate=self.cfg.learning_rate,
            num_leaves=self.cfg.num_leaves,
            n_estimators=self.cfg.n_estimators,
            subsample=0.8,
            subsample_freq=1,
            colsample_bytree=0.8,
            random_state=self.cfg.seed,
        )
        self.model.fit(
            X_tr, y_tr,
            eval_set=[(X_eval, y_eval)],
            callbacks=[lgb.early_stopping(self.cfg.early_stopping_rounds), lgb.log_evaluation(200)],
        )
        LOG.info("best iteration: %s", self.model.best_iteration_)
        return self

    def predict(self, X):
        return self.model.predict(X, num_iteration=self.model.best_iteration_)


class Evaluator:
    @staticmethod
    def score(y_true, y_pred) -> dict:
        return {
            "mae": float(mean_absolute_error(y_true, y_pred)),
            "r2": float(r2_score(y_true, y_pred)),
            "p90_abs_err": float(np.quantile(np.abs(y_true - y_pred), 0.9)),
        }


def main():
    logging.basicConfig(level=logging.INFO)
    p = argparse.ArgumentParser()
    p.add_argument("--train", default="train.csv")
    p.add_argument("--test", default="test.csv")
    p.add_argument("--metrics-out", default="metrics.json")
    args = p.parse_args()
    cfg = TrainConfig()

    df = pd.read_csv(args.train)
    submit_df = pd.read_csv(args.test)
    X, y = prepare(df), df["delivery_minutes"].values

    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=cfg.holdout, random_state=cfg.seed)
    trainer = Trainer(cfg).fit(X_train, y_train, X_test, y_test)
    metrics = Evaluator.score(y_test, trainer.predict(X_test))
    LOG.info("holdout metrics: %s", metrics)
    json.dump({"neg_mean_absolute_error": -metrics["mae"]}, open(args.metrics_out, "w"))

    preds = trainer.predict(prepare(submit_df))
    pd.DataFrame({"order_id": submit_df["order_id"], "prediction": preds}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
