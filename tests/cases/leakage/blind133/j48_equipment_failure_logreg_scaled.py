"""GridTech failure-in-24h - interpretable logistic model on standardised sensor features.

Evaluation protocol: train on machines A before the cutoff, evaluate on the other machines after it.
"""
import argparse
import logging
from dataclasses import dataclass, field
from typing import List

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.preprocessing import StandardScaler

logger = logging.getLogger("gridtech.logit")


@dataclass
class Cfg:
    target: str = "failure_within_24h"
    id_col: str = "reading_id"
    machine: str = "machine_id"
    ts: str = "reading_ts"
    sensors: List[str] = field(default_factory=lambda: ["temperature", "vibration", "pressure", "rpm", "voltage"])
    cutoff: str = "2024-05-01"
    holdout_machines: float = 0.3
    seed: int = 10


class FeatureBuilder:
    """Past-only sensor context per machine, then z-scoring so coefficients are comparable."""

    def __init__(self, cfg: Cfg):
        self.cfg = cfg
        self.scaler = StandardScaler()

    def _raw(self, df):
        df = df.sort_values([self.cfg.machine, self.cfg.ts])
        g = df.groupby(self.cfg.machine)
        X = pd.DataFrame(index=df.index)
        for s in self.cfg.sensors:
            X[s] = df[s]
            X[f"{s}_prev_mean"] = g[s].transform(lambda x: x.shift(1).rolling(24, min_periods=1).mean())
            X[f"{s}_jump"] = df[s] - g[s].shift(1)
        X["hours_since_maintenance"] = df["hours_since_maintenance"]
        return X.fillna(0.0)

    def fit_transform(self, df):
        X = self._raw(df)
        return pd.DataFrame(self.scaler.fit_transform(X), index=X.index, columns=X.columns)

    def transform(self, df):
        X = self._raw(df)
        return pd.DataFrame(self.scaler.transform(X), index=X.index, columns=X.columns)


def machine_time_split(df: pd.DataFrame, cfg: Cfg):
    rng = np.random.default_rng(cfg.seed)
    machines = np.sort(df[cfg.machine].unique())
    held = rng.choice(machines, int(len(machines) * cfg.holdout_machines), replace=False)
    cut = pd.Timestamp(cfg.cutoff)
    tr_mask = ~df[cfg.machine].isin(held) & (df[cfg.ts] < cut)
    va_mask = df[cfg.machine].isin(held) & (df[cfg.ts] >= cut)
    return tr_mask, va_mask


def main():
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    ap = argparse.ArgumentParser()
    ap.add_argument("--C", type=float, default=0.1)
    args = ap.parse_args()
    cfg = Cfg()

    df = pd.read_csv("train.csv", parse_dates=[cfg.ts])
    fb = FeatureBuilder(cfg)
    X = fb.fit_transform(df).loc[df.index]
    y = df[cfg.target]
    tr_mask, va_mask = machine_time_split(df, cfg)
    logger.info("train rows %d, validation rows %d", tr_mask.sum(), va_mask.sum())

    for name, est in [("baseline", DummyClassifier(strategy="prior")),
                      ("logit", LogisticRegression(C=args.C, class_weight="balanced", max_iter=5000))]:
        est.fit(X[tr_mask], y[tr_mask])
        p = est.predict_proba(X[va_mask])[:, 1]
        logger.info("%-8s AP %.4f  ROC-AUC %.4f", name, average_precision_score(y[va_mask], p),
                    roc_auc_score(y[va_mask], p))

    final = LogisticRegression(C=args.C, class_weight="balanced", max_iter=5000).fit(X, y)
    test = pd.read_csv("test.csv", parse_dates=[cfg.ts])
    X_test = fb.transform(test).loc[test.index]
    pd.DataFrame({cfg.id_col: test[cfg.id_col], "prediction": final.predict_proba(X_test)[:, 1]}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
