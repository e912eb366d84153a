"""Churn classifier (take-home).

python churn.py --model gb --cutoff 2024-07-01
"""
from __future__ import annotations

import argparse
import logging
from dataclasses import dataclass
from typing import Dict, Tuple

import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

log = logging.getLogger(__name__)

TARGET = "churned_next_month"
NUM = ["tenure_months", "monthly_spend", "logins_30d", "support_tickets_30d", "days_since_last_login"]


@dataclass
class RunConfig:
    model: str = "gb"
    cutoff: str = "2024-07-01"
    threshold: float = 0.5


class Featurizer:
    """One-hot plan/region with the training vocabulary, zero-fill numerics."""

    def fit(self, df: pd.DataFrame) -> "Featurizer":
        self.vocab_ = {c: sorted(df[c].dropna().unique().tolist()) for c in ("plan", "region")}
        return self

    def transform(self, df: pd.DataFrame) -> pd.DataFrame:
        X = df[NUM].fillna(0).copy()
        for col, values in self.vocab_.items():
            for v in values:
                X[f"{col}={v}"] = (df[col] == v).astype(int)
        return X


class Trainer:
    MODELS = {
        "gb": lambda: GradientBoostingClassifier(n_estimators=200, max_depth=3, random_state=0),
        "lr": lambda: make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000)),
    }

    def __init__(self, cfg: RunConfig) -> None:
        self.cfg = cfg
        self.model = self.MODELS[cfg.model]()
        self.baseline = DummyClassifier(strategy="most_frequent")

    def fit(self, X: pd.DataFrame, y: pd.Series) -> "Trainer":
        self.model.fit(X, y)
        self.baseline.fit(X, y)
        return self

    def evaluate(self, X: pd.DataFrame, y: pd.Series) -> pd.DataFrame:
        res: Dict[str, Dict[str, float]] = {}
        for name, est in {"baseline": self.baseline, self.cfg.model: self.model}.items():
            pred = (est.predict_proba(X)[:, 1] >= self.cfg.threshold).astype(int)
            res[name] = {"accuracy": accuracy_score(y, pred)}
        return pd.DataFrame(res).T


def split(df: pd.DataFrame, cutoff: str) -> Tuple[pd.DataFrame, pd.DataFrame]:
    when = pd.to_datetime(df["snapshot_month"])
    early, late = df[when < cutoff], df[when >= cutoff]
    return early, late[~late["customer_id"].isin(early["customer_id"])]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", choices=list(Trainer.MODELS), default="gb")
    ap.add_argument("--cutoff", default="2024-07-01")
    args = ap.parse_args()
    cfg = RunConfig(model=args.model, cutoff=args.cutoff)
    logging.basicConfig(level=logging.INFO)

    df = pd.read_csv("train.csv")
    test = pd.read_csv("test.csv")
    tr, va = split(df, cfg.cutoff)
    fz = Featurizer().fit(tr)
    trainer = Trainer(cfg).fit(fz.transform(tr), tr[TARGET])
    print(trainer.evaluate(fz.transform(va), va[TARGET]).to_string(float_format="{:.4f}".format))

    fz = Featurizer().fit(df)
    final = Trainer(cfg).fit(fz.transform(df), df[TARGET])
    pd.DataFrame({"snapshot_id": test["snapshot_id"],
                  "prediction": final.model.predict_proba(fz.transform(test))[:, 1]}).to_csv("predictions.csv", index=False)
    log.info("done")


if __name__ == "__main__":
    main()
