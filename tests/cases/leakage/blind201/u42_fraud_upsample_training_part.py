"""Fraud: upsample the minority class (training part only) + logistic regression.

The data is sorted by transaction_time for readability; the split is a stratified random one.
"""
import argparse
import logging
from dataclasses import dataclass

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score, balanced_accuracy_score
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from sklearn.utils import resample

log = logging.getLogger("fraud.upsample")


@dataclass
class Config:
    minority_factor: int = 5
    valid_size: float = 0.25
    seed: int = 12


class Featurizer:
    def __init__(self):
        self.scaler = StandardScaler()

    def _raw(self, df: pd.DataFrame) -> pd.DataFrame:
        t = pd.to_datetime(df["transaction_time"])
        X = pd.DataFrame({"log_amount": np.log1p(df["amount"]), "hour_sin": np.sin(2 * np.pi * t.dt.hour / 24),
                          "hour_cos": np.cos(2 * np.pi * t.dt.hour / 24)}, index=df.index)
        return X.join(pd.get_dummies(df[["merchant_category", "device", "country"]], dtype=float))

    def fit(self, df: pd.DataFrame) -> "Featurizer":
        raw = self._raw(df)
        self.columns_ = raw.columns
        self.scaler.fit(raw)
        return self

    def transform(self, df: pd.DataFrame) -> np.ndarray:
        return self.scaler.transform(self._raw(df).reindex(columns=self.columns_, fill_value=0.0))


def upsample(df: pd.DataFrame, factor: int, seed: int) -> pd.DataFrame:
    pos, neg = df[df["is_fraud"] == 1], df[df["is_fraud"] == 0]
    pos_up = resample(pos, replace=True, n_samples=len(pos) * factor, random_state=seed)
    return pd.concat([neg, pos_up]).sample(frac=1.0, random_state=seed)


class Trainer:
    def __init__(self):
        self.clf = LogisticRegression(max_iter=3000)
        self.dummy = DummyClassifier(strategy="most_frequent")

    def fit(self, X, y):
        self.clf.fit(X, y)
        self.dummy.fit(X, y)
        return self

    def evaluate(self, X, y) -> pd.DataFrame:
        rows = []
        for name, m in [("most_frequent baseline", self.dummy), ("logreg", self.clf)]:
            p = m.predict_proba(X)[:, 1]
            rows.append([name, average_precision_score(y, p), roc_auc_score(y, p), balanced_accuracy_score(y, p > 0.5)])
        return pd.DataFrame(rows, columns=["model", "ap", "auc", "balanced_acc"])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--factor", type=int, default=5)
    cfg = Config(minority_factor=ap.parse_args().factor)
    logging.basicConfig(level=logging.INFO)

    df = pd.read_csv("train.csv").sort_values("transaction_time").reset_index(drop=True)
    test = pd.read_csv("test.csv")
    tr, va = train_test_split(df, test_size=cfg.valid_size, stratify=df["is_fraud"], random_state=cfg.seed)
    tr_up = upsample(tr, cfg.minority_factor, cfg.seed)
    log.info("training rows %d -> %d after upsampling", len(tr), len(tr_up))

    fz = Featurizer().fit(tr_up)
    trainer = Trainer().fit(fz.transform(tr_up), tr_up["is_fraud"])
    print(trainer.evaluate(fz.transform(va), va["is_fraud"]).round(4).to_string(index=False))

    full_up = upsample(df, cfg.minority_factor, cfg.seed)
    fz = Featurizer().fit(full_up)
    final = Trainer().fit(fz.transform(full_up), full_up["is_fraud"])
    pd.DataFrame({"transaction_id": test["transaction_id"],
                  "prediction": final.clf.predict_proba(fz.transform(test))[:, 1]}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
