"""Fraud model with SMOTE oversampling.

Fraud is ~3% of transactions; SMOTE balances the classes before the random forest sees them.
"""
from __future__ import annotations

import argparse
import logging
from dataclasses import dataclass
from typing import Tuple

import numpy as np
import pandas as pd
from imblearn.over_sampling import SMOTE
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import average_precision_score, f1_score, roc_auc_score
from sklearn.model_selection import train_test_split

log = logging.getLogger("fraud.smote")


@dataclass
class Config:
    sampling_strategy: float = 0.3
    test_size: float = 0.2
    n_estimators: int = 300
    seed: int = 5


class Featurizer:
    CATS = ("merchant_category", "country", "device")

    def fit(self, df: pd.DataFrame) -> "Featurizer":
        self.columns_ = self._raw(df).columns
        return self

    def _raw(self, df: pd.DataFrame) -> pd.DataFrame:
        t = pd.to_datetime(df["transaction_time"])
        X = pd.DataFrame({"log_amount": np.log1p(df["amount"].clip(lower=0)),
                          "hour": t.dt.hour, "dow": t.dt.dayofweek}, index=df.index)
        return X.join(pd.get_dummies(df[list(self.CATS)], dtype=float))

    def transform(self, df: pd.DataFrame) -> pd.DataFrame:
        return self._raw(df).reindex(columns=self.columns_, fill_value=0.0)


class Trainer:
    def __init__(self, cfg: Config) -> None:
        self.rf = RandomForestClassifier(n_estimators=cfg.n_estimators, min_samples_leaf=5,
                                         n_jobs=-1, random_state=cfg.seed)
        self.base = DummyClassifier(strategy="stratified", random_state=cfg.seed)

    def fit(self, X, y) -> "Trainer":
        self.rf.fit(X, y)
        self.base.fit(X, y)
        return self

    def evaluate(self, X, y) -> pd.DataFrame:
        res = {}
        for name, est in {"baseline": self.base, "random_forest": self.rf}.items():
            p = est.predict_proba(X)[:, 1]
            res[name] = {"roc_auc": roc_auc_score(y, p), "avg_precision": average_precision_score(y, p),
                         "f1": f1_score(y, p >= 0.5)}
        return pd.DataFrame(res).T


def split_and_balance(X: pd.DataFrame, y: pd.Series, cfg: Config) -> Tuple:
    X_bal, y_bal = SMOTE(sampling_strategy=cfg.sampling_strategy, random_state=cfg.seed).fit_resample(X, y)
    log.info("after SMOTE: %d rows, positive share %.3f", len(y_bal), y_bal.mean())
    return train_test_split(X_bal, y_bal, test_size=cfg.test_size, stratify=y_bal, random_state=cfg.seed)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--ratio", type=float, default=0.3)
    cfg = Config(sampling_strategy=ap.parse_args().ratio)
    logging.basicConfig(level=logging.INFO)

    train = pd.read_csv("train.csv")
    test = pd.read_csv("test.csv")
    fz = Featurizer().fit(train)
    X, y = fz.transform(train), train["is_fraud"]

    X_tr, X_te, y_tr, y_te = split_and_balance(X, y, cfg)
    trainer = Trainer(cfg).fit(X_tr, y_tr)
    print(trainer.evaluate(X_te, y_te).round(4))

    X_fin, y_fin = SMOTE(sampling_strategy=cfg.sampling_strategy, random_state=cfg.seed).fit_resample(X, y)
    final = Trainer(cfg).fit(X_fin, y_fin)
    pd.DataFrame({"transaction_id": test["transaction_id"],
                  "prediction": final.rf.predict_proba(fz.transform(test))[:, 1]}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
