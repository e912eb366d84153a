"""GridTech - failure within 24h, with causal gap filling.

Telemetry drop-outs are filled with the machine's last known value (forward fill only: at scoring time the
next reading does not exist yet). Validation uses later readings of machines never seen in training.
"""
import argparse
import logging
from dataclasses import dataclass, field
from typing import Dict, List

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

LOG = logging.getLogger("gridtech.ffill")


@dataclass
class Config:
    target: str = "failure_within_24h"
    id_col: str = "reading_id"
    machine: str = "machine_id"
    ts: str = "reading_ts"
    sensors: List[str] = field(default_factory=lambda: ["temperature", "vibration", "pressure", "rpm", "voltage"])
    cutoff: str = "2024-05-01"
    eval_share: float = 0.25
    seed: int = 6


class FeatureBuilder:
    def __init__(self, cfg: Config):
        self.cfg = cfg

    def transform(self, df: pd.DataFrame) -> pd.DataFrame:
        c = self.cfg
        df = df.sort_values([c.machine, c.ts]).copy()
        g = df.groupby(c.machine)
        df[c.sensors] = g[c.sensors].ffill()
        g = df.groupby(c.machine)
        for s in c.sensors:
            df[f"{s}_prev"] = g[s].shift(1)
            df[f"{s}_trail_max"] = g[s].transform(lambda x: x.shift(1).rolling(12, min_periods=1).max())
            df[f"{s}_trail_mean"] = g[s].transform(lambda x: x.shift(1).expanding().mean())
        df["model_type"] = df["model_type"].astype("category").cat.codes
        return df.fillna(-1)

    def columns(self, df):
        c = self.cfg
        return [col for col in df.columns if col not in (c.target, c.id_col, c.machine, c.ts)]


class Splitter:
    def __init__(self, cfg: Config):
        self.cfg = cfg

    def split(self, df):
        c = self.cfg
        rng = np.random.default_rng(c.seed)
        machines = df[c.machine].unique()
        held = set(rng.choice(machines, int(len(machines) * c.eval_share), replace=False))
        cut = pd.Timestamp(c.cutoff)
        in_held = df[c.machine].isin(held)
        return df[~in_held & (df[c.ts] < cut)], df[in_held & (df[c.ts] >= cut)]


class Evaluator:
    def __init__(self, y):
        self.y = y
        self.results: Dict[str, Dict[str, float]] = {}

    def add(self, name, proba):
        self.results[name] = {"ap": average_precision_score(self.y, proba), "auc": roc_auc_score(self.y, proba)}
        LOG.info("%-9s AP %.4f  AUC %.4f", name, self.results[name]["ap"], self.results[name]["auc"])


def make_forest(seed):
    return RandomForestClassifier(n_estimators=500, min_samples_leaf=10, class_weight="balanced_subsample",
                                  n_jobs=-1, random_state=seed)


def main():
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    ap = argparse.ArgumentParser()
    ap.add_argument("--cutoff", default=Config.cutoff)
    args = ap.parse_args()
    cfg = Config(cutoff=args.cutoff)

    fb = FeatureBuilder(cfg)
    df = fb.transform(pd.read_csv("train.csv", parse_dates=[cfg.ts]))
    feats = fb.columns(df)
    tr, va = Splitter(cfg).split(df)

    ev = Evaluator(va[cfg.target])
    ev.add("baseline", DummyClassifier(strategy="prior").fit(tr[feats], tr[cfg.target]).predict_proba(va[feats])[:, 1])
    ev.add("forest", make_forest(cfg.seed).fit(tr[feats], tr[cfg.target]).predict_proba(va[feats])[:, 1])

    test = fb.transform(pd.read_csv("test.csv", parse_dates=[cfg.ts]))
    final = make_forest(cfg.seed).fit(df[feats], df[cfg.target])
    pd.DataFrame({cfg.id_col: test[cfg.id_col], "prediction": final.predict_proba(test[feats])[:, 1]}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
