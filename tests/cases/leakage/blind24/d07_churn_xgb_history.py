"""
Churn take-home: XGBoost (native API) with customer-history features.

History features only look at a customer's *previous* snapshots (shift(1)),
so each row uses what was known at snapshot time.

Evaluation design:
    train  : snapshots before 2023-05
    valid  : 2023-05 .. 2023-06, customers not in train   -> early stopping
    test   : 2023-07 onwards, customers not in train/valid -> reported once
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Dict, List, Tuple

import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.metrics import average_precision_score, roc_auc_score

logging.basicConfig(level=logging.INFO, format="[%(levelname)s] %(message)s")
logger = logging.getLogger("churn_xgb")


class Config:
    data_file = Path("train.csv")
    target = "churned_next_month"
    time_col = "snapshot_month"
    customer_col = "customer_id"
    valid_start = pd.Timestamp("2023-05-01")
    test_start = pd.Timestamp("2023-07-01")
    params: Dict = {
        "objective": "binary:logistic",
        "eval_metric": "aucpr",
        "eta": 0.05,
        "max_depth": 5,
        "subsample": 0.8,
        "colsample_bytree": 0.8,
        "min_child_weight": 5,
        "seed": 13,
    }
    num_boost_round = 2000
    early_stopping_rounds = 100


BASE_FEATURES: List[str] = [
    "tenure_months", "monthly_spend", "support_tickets", "logins_last_30d",
    "late_payments", "num_products", "discount_pct",
]


def load_data(cfg: Config) -> pd.DataFrame:
    df = pd.read_csv(cfg.data_file, parse_dates=[cfg.time_col])
    return df.sort_values([cfg.customer_col, cfg.time_col]).reset_index(drop=True)


def engineer_features(df: pd.DataFrame, cfg: Config) -> Tuple[pd.DataFrame, List[str]]:
    out = df.copy()
    by_customer = out.groupby(cfg.customer_col)

    out["spend_prev"] = by_customer["monthly_spend"].shift(1)
    out["spend_change"] = out["monthly_spend"] - out["spend_prev"]
    out["logins_prev"] = by_customer["logins_last_30d"].shift(1)
    out["tickets_prev3_mean"] = by_customer["support_tickets"].transform(
        lambda s: s.shift(1).rolling(3, min_periods=1).mean()
    )
    out["late_cum_before"] = by_customer["late_payments"].transform(lambda s: s.shift(1).fillna(0).cumsum())
    out["n_prior_snapshots"] = by_customer.cumcount()
    out["is_annual"] = (out["contract_type"] == "annual").astype(int)

    features = BASE_FEATURES + [
        "spend_prev", "spend_change", "logins_prev", "tickets_prev3_mean",
        "late_cum_before", "n_prior_snapshots", "is_annual",
    ]
    return out, features


def split_periods(df: pd.DataFrame, cfg: Config):
    t = df[cfg.time_col]
    train = df[t < cfg.valid_start]
    valid = df[(t >= cfg.valid_start) & (t < cfg.test_start)]
    test = df[t >= cfg.test_start]

    train_ids = set(train[cfg.customer_col])
    valid = valid[~valid[cfg.customer_col].isin(train_ids)]
    used_ids = train_ids | set(valid[cfg.customer_col])
    test = test[~test[cfg.customer_col].isin(used_ids)]
    logger.info("train %d | valid %d | test %d", len(train), len(valid), len(test))
    return train, valid, test


def train_model(train: pd.DataFrame, valid: pd.DataFrame, features: List[str], cfg: Config) -> xgb.Booster:
    dtrain = xgb.DMatrix(train[features], label=train[cfg.target])
    dvalid = xgb.DMatrix(valid[features], label=valid[cfg.target])
    booster = xgb.train(
        cfg.params, dtrain,
        num_boost_round=cfg.num_boost_round,
        evals=[(dtrain, "train"), (dvalid, "valid")],
        early_stopping_rounds=cfg.early_stopping_rounds,
        verbose_eval=100,
    )
    logger.info("best iteration: %d", booster.best_iteration)
    return booster


def evaluate_model(booster: xgb.Booster, test: pd.DataFrame, train: pd.DataFrame, features: List[str], cfg: Config) -> None:
    y_test = test[cfg.target].to_numpy()
    dtest = xgb.DMatrix(test[features])
    proba = booster.predict(dtest, iteration_range=(0, booster.best_iteration + 1))
    prior = np.full(len(y_test), train[cfg.target].mean())

    logger.info("Baseline (train churn rate): PR AUC %.4f", average_precision_score(y_test, prior))
    logger.info("XGBoost: ROC AUC %.4f | PR AUC %.4f",
                roc_auc_score(y_test, proba), average_precision_score(y_test, proba))


def main() -> None:
    cfg = Config()
    df, features = engineer_features(load_data(cfg), cfg)
    train, valid, test = split_periods(df, cfg)
    booster = train_model(train, valid, features, cfg)
    evaluate_model(booster, test, train, features, cfg)


if __name__ == "__main__":
    main()
