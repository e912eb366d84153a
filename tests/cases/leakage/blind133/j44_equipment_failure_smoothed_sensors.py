"""GridTech predictive maintenance: will a machine fail within 24h of a sensor reading?

Sensor channels are noisy, so each channel is smoothed with a rolling window per machine before modelling.
Validation: the last weeks of the period, on machines held out from training.
"""
import argparse
import logging
from dataclasses import dataclass, field
from typing import List

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

log = logging.getLogger("gridtech")


@dataclass
class Config:
    target: str = "failure_within_24h"
    id_col: str = "reading_id"
    machine_col: str = "machine_id"
    ts_col: str = "reading_ts"
    sensors: List[str] = field(default_factory=lambda: ["temperature", "vibration", "pressure", "rpm", "voltage"])
    window: int = 12
    cutoff: str = "2024-05-01"
    eval_machine_share: float = 0.25
    seed: int = 2


class SensorFeatureBuilder:
    def __init__(self, cfg: Config):
        self.cfg = cfg

    def transform(self, df: pd.DataFrame) -> pd.DataFrame:
        df = df.sort_values([self.cfg.machine_col, self.cfg.ts_col]).copy()
        g = df.groupby(self.cfg.machine_col)
        for s in self.cfg.sensors:
            df[f"{s}_smooth"] = g[s].transform(
                lambda x: x.rolling(self.cfg.window, center=True, min_periods=1).mean())
            df[f"{s}_dev"] = df[s] - df[f"{s}_smooth"]
            df[f"{s}_vol"] = g[s].transform(lambda x: x.rolling(self.cfg.window, center=True, min_periods=2).std())
        df["hours_since_maintenance_log"] = np.log1p(df["hours_since_maintenance"])
        df["model_type"] = df["model_type"].astype("category").cat.codes
        return df

    def feature_names(self, df):
        skip = {self.cfg.target, self.cfg.id_col, self.cfg.machine_col, self.cfg.ts_col}
        return [c for c in df.columns if c not in skip]


def holdout_split(df: pd.DataFrame, cfg: Config):
    rng = np.random.default_rng(cfg.seed)
    machines = df[cfg.machine_col].unique()
    eval_machines = set(rng.choice(machines, size=int(len(machines) * cfg.eval_machine_share), replace=False))
    cut = pd.Timestamp(cfg.cutoff)
    in_eval = df[cfg.machine_col].isin(eval_machines)
    train = df[~in_eval & (df[cfg.ts_col] < cut)]
    valid = df[in_eval & (df[cfg.ts_col] >= cut)]
    log.info("train: %d readings / %d machines; valid: %d readings / %d machines", len(train),
             train[cfg.machine_col].nunique(), len(valid), valid[cfg.machine_col].nunique())
    return train, valid


def main():
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    ap = argparse.ArgumentParser()
    ap.add_argument("--window", type=int, default=12)
    ap.add_argument("--cutoff", default="2024-05-01")
    args = ap.parse_args()
    cfg = Config(window=args.window, cutoff=args.cutoff)

    raw = pd.read_csv("train.csv", parse_dates=[cfg.ts_col])
    fb = SensorFeatureBuilder(cfg)
    df = fb.transform(raw)
    feats = fb.feature_names(df)
    train, valid = holdout_split(df, cfg)

    for name, est in [("prior", DummyClassifier(strategy="prior")),
                      ("hgb", HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05,
                                                             class_weight="balanced", random_state=cfg.seed))]:
        p = est.fit(train[feats], train[cfg.target]).predict_proba(valid[feats])[:, 1]
        log.info("%-6s PR-AUC %.4f  ROC-AUC %.4f", name, average_precision_score(valid[cfg.target], p),
                 roc_auc_score(valid[cfg.target], p))

    test = fb.transform(pd.read_csv("test.csv", parse_dates=[cfg.ts_col]))
    final = HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, class_weight="balanced",
                                           random_state=cfg.seed).fit(df[feats], df[cfg.target])
    pd.DataFrame({cfg.id_col: test[cfg.id_col], "prediction": final.predict_proba(test[feats])[:, 1]}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
