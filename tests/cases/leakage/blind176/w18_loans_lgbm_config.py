"""Prepayment classifier (LightGBM), config-driven.

Usage:
    python train.py            # trains, validates, writes predictions.csv
"""
from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, field
from pathlib import Path

import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, log_loss, roc_auc_score
from sklearn.model_selection import StratifiedKFold, train_test_split

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
log = logging.getLogger("prepay")


@dataclass
class Config:
    data_dir: Path = Path(".")
    target: str = "prepaid_12m"
    id_col: str = "loan_id"
    drop_cols: list[str] = field(default_factory=lambda: ["loan_id", "prepaid_12m"])
    cat_cols: list[str] = field(default_factory=lambda: ["property_type", "occupancy", "state", "loan_purpose"])
    valid_size: float = 0.2
    n_folds: int = 5
    seed: int = 17
    lgb_params: dict = field(default_factory=lambda: {
        "objective": "binary",
        "learning_rate": 0.03,
        "num_leaves": 48,
        "min_child_samples": 50,
        "feature_fraction": 0.8,
        "bagging_fraction": 0.8,
        "bagging_freq": 1,
        "lambda_l2": 2.0,
        "verbose": -1,
    })
    num_boost_round: int = 700


def load(cfg: Config) -> tuple[pd.DataFrame, pd.DataFrame]:
    train = pd.read_csv(cfg.data_dir / "train.csv")
    test = pd.read_csv(cfg.data_dir / "test.csv")
    for df in (train, test):
        for c in cfg.cat_cols:
            df[c] = df[c].astype("category")
        df["amount_per_borrower"] = df["loan_amount"] / df["n_borrowers"].clip(lower=1)
        df["monthly_payment"] = (df["loan_amount"] * (df["interest_rate"] / 1200)
                                 / (1 - (1 + df["interest_rate"] / 1200) ** (-df["term_months"])))
        df["payment_to_income"] = df["monthly_payment"] * 12 / df["annual_income"].clip(lower=1)
    # align category levels so the test codes mean the same thing
    for c in cfg.cat_cols:
        cats = train[c].cat.categories
        test[c] = pd.Categorical(test[c], categories=cats)
    return train, test


def features(cfg: Config, df: pd.DataFrame) -> list[str]:
    return [c for c in df.columns if c not in cfg.drop_cols]


def train_booster(cfg: Config, X: pd.DataFrame, y: pd.Series, rounds: int) -> lgb.Booster:
    ds = lgb.Dataset(X, y, categorical_feature=cfg.cat_cols, free_raw_data=False)
    return lgb.train(cfg.lgb_params, ds, num_boost_round=rounds)


def cv_rounds(cfg: Config, X: pd.DataFrame, y: pd.Series) -> int:
    """Pick the number of rounds by 5-fold CV on the training part."""
    ds = lgb.Dataset(X, y, categorical_feature=cfg.cat_cols, free_raw_data=False)
    res = lgb.cv(cfg.lgb_params, ds, num_boost_round=cfg.num_boost_round,
                 folds=StratifiedKFold(cfg.n_folds, shuffle=True, random_state=cfg.seed),
                 metrics="auc", callbacks=[lgb.early_stopping(50, verbose=False)])
    key = [k for k in res if k.endswith("auc-mean")][0]
    best = int(np.argmax(res[key])) + 1
    log.info("cv auc %.4f at %d rounds", max(res[key]), best)
    return best


def main() -> None:
    cfg = Config()
    log.info("config %s", json.dumps({k: str(v) for k, v in asdict(cfg).items()})[:300])
    train, test = load(cfg)
    feats = features(cfg, train)
    log.info("%d features: %s", len(feats), feats)

    X, y = train[feats], train[cfg.target]
    X_tr, X_va, y_tr, y_va = train_test_split(X, y, test_size=cfg.valid_size, stratify=y,
                                              random_state=cfg.seed)

    rounds = cv_rounds(cfg, X_tr, y_tr)
    booster = train_booster(cfg, X_tr, y_tr, rounds)
    p_va = booster.predict(X_va)

    dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
    p_dummy = dummy.predict_proba(X_va)[:, 1]

    report = {
        "baseline_prior": {"roc_auc": roc_auc_score(y_va, p_dummy),
                           "average_precision": average_precision_score(y_va, p_dummy),
                           "log_loss": log_loss(y_va, p_dummy)},
        "lightgbm": {"roc_auc": roc_auc_score(y_va, p_va),
                     "average_precision": average_precision_score(y_va, p_va),
                     "log_loss": log_loss(y_va, p_va)},
    }
    print(json.dumps(report, indent=2))
    Path("metrics.json").write_text(json.dumps({"roc_auc": round(report["lightgbm"]["roc_auc"], 4)}))

    final = train_booster(cfg, X, y, rounds)
    pd.DataFrame({cfg.id_col: test[cfg.id_col], "prediction": final.predict(test[feats])}).to_csv(
        "predictions.csv", index=False)
    log.info("wrote predictions.csv")


if __name__ == "__main__":
    main()
