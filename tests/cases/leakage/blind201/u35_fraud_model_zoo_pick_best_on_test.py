#!/usr/bin/env python3
"""Try a handful of classifiers, keep the best one, write predictions.

    python fraud_zoo.py --metric average_precision
"""
import argparse
import logging
from dataclasses import dataclass, field
from typing import Callable, Dict

import numpy as np
import pandas as pd
from lightgbm import LGBMClassifier
from sklearn.ensemble import ExtraTreesClassifier, RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from xgboost import XGBClassifier

logging.basicConfig(level=logging.INFO, format="%(asctime)s | %(message)s")
log = logging.getLogger("zoo")

METRICS: Dict[str, Callable] = {"average_precision": average_precision_score, "roc_auc": roc_auc_score}


@dataclass
class ZooConfig:
    metric: str = "average_precision"
    test_size: float = 0.25
    seed: int = 0
    candidates: Dict[str, Callable] = field(default_factory=lambda: {
        "logreg": lambda: make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000, class_weight="balanced")),
        "rf": lambda: RandomForestClassifier(n_estimators=300, min_samples_leaf=3, n_jobs=-1, random_state=0),
        "extra_trees": lambda: ExtraTreesClassifier(n_estimators=400, min_samples_leaf=2, n_jobs=-1, random_state=0),
        "xgb": lambda: XGBClassifier(n_estimators=400, max_depth=5, learning_rate=0.05, eval_metric="logloss"),
        "lgbm": lambda: LGBMClassifier(n_estimators=500, learning_rate=0.03, verbose=-1),
    })


class Featurizer:
    def fit(self, df: pd.DataFrame) -> "Featurizer":
        self.columns_ = self._build(df).columns
        return self

    @staticmethod
    def _build(df: pd.DataFrame) -> pd.DataFrame:
        t = pd.to_datetime(df["transaction_time"])
        X = pd.DataFrame({"amount": df["amount"], "log_amount": np.log1p(df["amount"]),
                          "hour": t.dt.hour, "month_day": t.dt.day}, index=df.index)
        return X.join(pd.get_dummies(df[["merchant_category", "country", "device"]], dtype=float))

    def transform(self, df: pd.DataFrame) -> pd.DataFrame:
        return self._build(df).reindex(columns=self.columns_, fill_value=0.0)


class Trainer:
    def __init__(self, cfg: ZooConfig):
        self.cfg = cfg
        self.results_: pd.DataFrame | None = None

    def evaluate(self, X_tr, y_tr, X_te, y_te) -> str:
        scorer = METRICS[self.cfg.metric]
        rows = []
        for name, make in self.cfg.candidates.items():
            model = make().fit(X_tr, y_tr)
            p = model.predict_proba(X_te)[:, 1]
            rows.append({"model": name, "average_precision": average_precision_score(y_te, p),
                         "roc_auc": roc_auc_score(y_te, p)})
            log.info("%-12s %s=%.4f", name, self.cfg.metric, scorer(y_te, p))
        self.results_ = pd.DataFrame(rows).sort_values(self.cfg.metric, ascending=False)
        return self.results_.iloc[0]["model"]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--metric", choices=list(METRICS), default="average_precision")
    cfg = ZooConfig(metric=ap.parse_args().metric)

    df = pd.read_csv("train.csv")
    test = pd.read_csv("test.csv")
    tr, te = train_test_split(df, test_size=cfg.test_size, stratify=df["is_fraud"], random_state=cfg.seed)
    fz = Featurizer().fit(tr)

    trainer = Trainer(cfg)
    best = trainer.evaluate(fz.transform(tr), tr["is_fraud"], fz.transform(te), te["is_fraud"])
    print(trainer.results_.to_string(index=False, float_format="%.4f"))
    print(f"\nBest model: {best}  (test {cfg.metric} = {trainer.results_.iloc[0][cfg.metric]:.4f})")

    fz = Featurizer().fit(df)
    model = cfg.candidates[best]().fit(fz.transform(df), df["is_fraud"])
    pd.DataFrame({"transaction_id": test["transaction_id"],
                  "prediction": model.predict_proba(fz.transform(test))[:, 1]}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
