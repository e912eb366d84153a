"""Fraud: numeric clean-up + gradient boosting (xgboost).

Layout follows my usual project template squeezed into one file.
"""
from __future__ import annotations

import argparse
import logging
from dataclasses import dataclass
from typing import List

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split
from xgboost import XGBClassifier

log = logging.getLogger("fraud")
NUMERIC: List[str] = ["amount", "hour", "minute_of_day"]


@dataclass
class Config:
    valid_size: float = 0.2
    seed: int = 13
    depth: int = 5
    rounds: int = 500


class Featurizer:
    def build(self, df: pd.DataFrame) -> pd.DataFrame:
        t = pd.to_datetime(df["transaction_time"], errors="coerce")
        X = pd.DataFrame({"amount": df["amount"], "hour": t.dt.hour,
                          "minute_of_day": t.dt.hour * 60 + t.dt.minute}, index=df.index)
        return X.join(pd.get_dummies(df[["merchant_category", "country", "device"]], dtype=float))

    def fit(self, X: pd.DataFrame) -> "Featurizer":
        self.median_ = X[NUMERIC].median()
        filled = X[NUMERIC].fillna(self.median_)
        self.mean_, self.std_ = filled.mean(), filled.std()
        return self

    def transform(self, X: pd.DataFrame) -> pd.DataFrame:
        X = X.copy()
        X[NUMERIC] = (X[NUMERIC].fillna(self.median_) - self.mean_) / self.std_
        return X


class Trainer:
    def __init__(self, cfg: Config) -> None:
        self.model = XGBClassifier(max_depth=cfg.depth, n_estimators=cfg.rounds, learning_rate=0.05,
                                   subsample=0.9, eval_metric="aucpr", random_state=cfg.seed)
        self.dummy = DummyClassifier(strategy="prior")

    def fit(self, X, y) -> "Trainer":
        self.model.fit(X, y)
        self.dummy.fit(X, y)
        return self

    def evaluate(self, X, y) -> pd.DataFrame:
        out = []
        for name, est in [("prior baseline", self.dummy), ("xgboost", self.model)]:
            p = est.predict_proba(X)[:, 1]
            out.append((name, average_precision_score(y, p), roc_auc_score(y, p)))
        return pd.DataFrame(out, columns=["model", "AP", "ROC-AUC"])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--depth", type=int, default=5)
    cfg = Config(depth=ap.parse_args().depth)
    logging.basicConfig(level=logging.INFO)

    df = pd.read_csv("train.csv")
    test = pd.read_csv("test.csv")
    fz = Featurizer()
    raw = fz.build(df)
    raw_test = fz.build(test).reindex(columns=raw.columns, fill_value=0.0)

    fz.fit(raw)
    X = fz.transform(raw)
    X_tr, X_va, y_tr, y_va = train_test_split(X, df["is_fraud"], test_size=cfg.valid_size,
                                              stratify=df["is_fraud"], random_state=cfg.seed)
    trainer = Trainer(cfg).fit(X_tr, y_tr)
    print(trainer.evaluate(X_va, y_va).round(4).to_string(index=False))

    final = Trainer(cfg).fit(X, df["is_fraud"])
    pd.DataFrame({"transaction_id": test["transaction_id"],
                  "prediction": final.model.predict_proba(fz.transform(raw_test))[:, 1]}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
