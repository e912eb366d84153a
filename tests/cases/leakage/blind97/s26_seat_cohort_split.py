"""Seat expansion - will an account add seats next quarter?

Evaluation design ("new cohort" holdout):
  * training rows: every monthly snapshot strictly before CUTOFF;
  * test rows: snapshots of accounts whose *first* snapshot is on/after CUTOFF.
Test accounts therefore never appear in training and every test row is later than every
training row.
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.impute import SimpleImputer
from sklearn.metrics import average_precision_score, f1_score, roc_auc_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("seats")


@dataclass
class Cfg:
    target: str = "expanded_next_q"
    time_col: str = "snapshot_month"
    account_col: str = "account_id"
    id_col: str = "snapshot_id"
    cutoff: str = "2023-07-01"
    numeric: list = field(default_factory=lambda: [
        "seats_current", "active_users_30d", "seat_utilization", "admin_logins_30d",
        "support_tickets_90d", "nps_last", "invoices_overdue", "months_since_signup", "api_calls_30d"])
    categorical: list = field(default_factory=lambda: ["plan_tier", "industry", "region"])


CFG = Cfg()


def load(path: str) -> pd.DataFrame:
    return pd.read_csv(path, parse_dates=[CFG.time_col])


def cohort_split(df: pd.DataFrame):
    cutoff = pd.Timestamp(CFG.cutoff)
    first_seen = df.groupby(CFG.account_col)[CFG.time_col].transform("min")
    train = df[df[CFG.time_col] < cutoff]
    test = df[first_seen >= cutoff]
    assert not set(train[CFG.account_col]) & set(test[CFG.account_col])
    assert train[CFG.time_col].max() < test[CFG.time_col].min()
    return train, test


class Trainer:
    def __init__(self, cfg: Cfg):
        self.cfg = cfg

    def _pre(self) -> ColumnTransformer:
        return ColumnTransformer([
            ("num", SimpleImputer(strategy="median", add_indicator=True), self.cfg.numeric),
            ("cat", OneHotEncoder(handle_unknown="ignore"), self.cfg.categorical),
        ])

    def build(self, kind: str) -> Pipeline:
        est = {
            "baseline": DummyClassifier(strategy="prior"),
            "hgb": HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, max_leaf_nodes=31, random_state=0),
        }[kind]
        return Pipeline([("pre", self._pre()), ("clf", est)])

    @property
    def features(self):
        return self.cfg.numeric + self.cfg.categorical


def score(y, p) -> dict:
    return {"roc_auc": roc_auc_score(y, p), "avg_precision": average_precision_score(y, p),
            "f1@0.5": f1_score(y, (p >= 0.5).astype(int))}


def main() -> None:
    df = load("train.csv")
    train, test = cohort_split(df)
    log.info("train %d rows / %d accounts; test %d rows / %d new accounts",
             len(train), train[CFG.account_col].nunique(), len(test), test[CFG.account_col].nunique())

    trainer = Trainer(CFG)
    results = {}
    for kind in ("baseline", "hgb"):
        m = trainer.build(kind).fit(train[trainer.features], train[CFG.target])
        results[kind] = score(test[CFG.target], m.predict_proba(test[trainer.features])[:, 1])
    log.info(json.dumps(results, indent=2, default=float))
    with open("metrics.json", "w") as fh:
        json.dump(results, fh, indent=2, default=float)

    final = trainer.build("hgb").fit(df[trainer.features], df[CFG.target])
    sub = load("test.csv")
    pd.DataFrame({CFG.id_col: sub[CFG.id_col], "prediction": final.predict_proba(sub[trainer.features])[:, 1]}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
