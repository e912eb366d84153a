"""Fraud detection take-home.

Pipeline: TargetEncoder for high-cardinality ids -> LightGBM -> predictions.csv
"""
from __future__ import annotations

import argparse
import logging
from dataclasses import dataclass, field
from typing import Dict, List

import numpy as np
import pandas as pd
from lightgbm import LGBMClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split

logger = logging.getLogger("fraud")
TARGET = "is_fraud"


@dataclass
class Config:
    smoothing: float = 20.0
    valid_size: float = 0.2
    seed: int = 17
    te_cols: List[str] = field(default_factory=lambda: ["merchant_id", "merchant_category", "country"])
    lgbm: Dict = field(default_factory=lambda: {"n_estimators": 600, "learning_rate": 0.03,
                                                "num_leaves": 63, "subsample": 0.8,
                                                "subsample_freq": 1, "verbose": -1})


class MeanTargetEncoder:
    """Smoothed mean-target encoding, unseen levels fall back to the global rate."""

    def __init__(self, cols: List[str], smoothing: float) -> None:
        self.cols, self.smoothing = cols, smoothing

    def fit(self, df: pd.DataFrame, y: pd.Series) -> "MeanTargetEncoder":
        self.prior_ = float(y.mean())
        self.maps_ = {}
        for c in self.cols:
            stats = y.groupby(df[c]).agg(["sum", "count"])
            self.maps_[c] = (stats["sum"] + self.prior_ * self.smoothing) / (stats["count"] + self.smoothing)
        return self

    def transform(self, df: pd.DataFrame) -> pd.DataFrame:
        out = pd.DataFrame(index=df.index)
        for c in self.cols:
            out[f"{c}_te"] = df[c].map(self.maps_[c]).fillna(self.prior_)
        return out


class Featurizer:
    def __init__(self, cfg: Config) -> None:
        self.encoder = MeanTargetEncoder(cfg.te_cols, cfg.smoothing)

    def base(self, df: pd.DataFrame) -> pd.DataFrame:
        ts = pd.to_datetime(df["transaction_time"])
        X = pd.DataFrame({"log_amount": np.log1p(df["amount"]), "hour": ts.dt.hour, "dow": ts.dt.dayofweek},
                         index=df.index)
        return X.join(pd.get_dummies(df["device"], prefix="dev", dtype=int))


class Trainer:
    def __init__(self, cfg: Config) -> None:
        self.model = LGBMClassifier(**cfg.lgbm, random_state=cfg.seed)
        self.dummy = DummyClassifier(strategy="prior")

    def fit(self, X: pd.DataFrame, y: pd.Series) -> "Trainer":
        self.model.fit(X, y)
        self.dummy.fit(X, y)
        return self

    def evaluate(self, X: pd.DataFrame, y: pd.Series) -> pd.DataFrame:
        rows = []
        for name, est in (("dummy", self.dummy), ("lightgbm", self.model)):
            p = est.predict_proba(X)[:, 1]
            rows.append({"model": name, "average_precision": average_precision_score(y, p),
                         "roc_auc": roc_auc_score(y, p)})
        return pd.DataFrame(rows).set_index("model")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--smoothing", type=float, default=20.0)
    parser.add_argument("--seed", type=int, default=17)
    ns = parser.parse_args()
    cfg = Config(smoothing=ns.smoothing, seed=ns.seed)
    logging.basicConfig(level=logging.INFO)

    df = pd.read_csv("train.csv")
    test = pd.read_csv("test.csv")
    fz = Featurizer(cfg)

    tr, va = train_test_split(df, test_size=cfg.valid_size, stratify=df[TARGET], random_state=cfg.seed)
    fz.encoder.fit(tr, tr[TARGET])  # encoding learned on the training rows only
    X_tr, y_tr = fz.base(tr).join(fz.encoder.transform(tr)), tr[TARGET]
    X_va, y_va = fz.base(va).join(fz.encoder.transform(va)), va[TARGET]
    X = X_tr

    trainer = Trainer(cfg).fit(X_tr, y_tr)
    table = trainer.evaluate(X_va, y_va)
    logger.info("validation results\n%s", table.round(4).to_string())

    fz.encoder.fit(df, df[TARGET])
    final = Trainer(cfg).fit(fz.base(df).join(fz.encoder.transform(df)), df[TARGET])
    X_test = fz.base(test).join(fz.encoder.transform(test)).reindex(columns=X.columns, fill_value=0)
    pd.DataFrame({"transaction_id": test["transaction_id"],
                  "prediction": final.model.predict_proba(X_test)[:, 1]}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
