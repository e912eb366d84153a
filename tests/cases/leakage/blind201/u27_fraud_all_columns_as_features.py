# fraud_lgbm.py
# Take-home: predict is_fraud for each card transaction.
# Everything except the label (and the chargeback column, which is post-outcome) goes into LightGBM.

import argparse
import logging
from dataclasses import dataclass

import pandas as pd
import numpy as np
import lightgbm as lgb
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score, average_precision_score, recall_score, precision_score

log = logging.getLogger("fraud")


@dataclass
class Cfg:
    test_size: float = 0.25
    seed: int = 1
    n_estimators: int = 800
    learning_rate: float = 0.02


class Featurizer:
    drop = ["is_fraud", "chargeback_flag"]

    def fit(self, df: pd.DataFrame):
        self.cols_ = [c for c in df.columns if c not in self.drop]
        self.cat_cols_ = [c for c in self.cols_ if df[c].dtype == object and c != "transaction_time"]
        self.levels_ = {c: pd.CategoricalDtype(df[c].dropna().unique()) for c in self.cat_cols_}
        return self

    def transform(self, df: pd.DataFrame) -> pd.DataFrame:
        X = df[self.cols_].copy()
        ts = pd.to_datetime(X.pop("transaction_time"))
        X["hour"] = ts.dt.hour
        X["day"] = ts.dt.day
        for c in self.cat_cols_:
            X[c] = X[c].astype(self.levels_[c])
        return X


class Trainer:
    def __init__(self, cfg: Cfg):
        self.model = lgb.LGBMClassifier(n_estimators=cfg.n_estimators, learning_rate=cfg.learning_rate,
                                        is_unbalance=True, random_state=cfg.seed, verbose=-1)

    def fit(self, X, y):
        self.model.fit(X, y)
        return self

    def evaluate(self, X, y):
        p = self.model.predict_proba(X)[:, 1]
        yhat = (p > 0.5).astype(int)
        return {"roc_auc": roc_auc_score(y, p), "pr_auc": average_precision_score(y, p),
                "precision": precision_score(y, yhat), "recall": recall_score(y, yhat)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=1)
    cfg = Cfg(seed=ap.parse_args().seed)
    logging.basicConfig(level=logging.INFO)

    df = pd.read_csv("train.csv")
    test = pd.read_csv("test.csv")
    tr, va = train_test_split(df, test_size=cfg.test_size, stratify=df["is_fraud"], random_state=cfg.seed)

    fz = Featurizer().fit(tr)
    trainer = Trainer(cfg).fit(fz.transform(tr), tr["is_fraud"])
    metrics = trainer.evaluate(fz.transform(va), va["is_fraud"])
    print(pd.Series(metrics).round(4).to_string())

    fz = Featurizer().fit(df)
    final = Trainer(cfg).fit(fz.transform(df), df["is_fraud"])
    test["prediction"] = final.model.predict_proba(fz.transform(test))[:, 1]
    test[["transaction_id", "prediction"]].to_csv("predictions.csv", index=False)
    log.info("saved %d predictions", len(test))


if __name__ == "__main__":
    main()
