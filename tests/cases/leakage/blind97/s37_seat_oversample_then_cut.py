"""Seat expansion - class-balanced training frame.

Expansions are ~24% of snapshots. The gradient boosting model is trained on a frame where
positives are randomly oversampled to parity (RandomOverSampler keeps whole rows, including
the account id and month, so the usual time/account split can be applied afterwards).
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from imblearn.over_sampling import RandomOverSampler
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
    seed: int = 21


CFG = Cfg()


class DataModule:
    def __init__(self, cfg: Cfg, path: str = "train.csv"):
        self.cfg = cfg
        raw = pd.read_csv(path, parse_dates=[cfg.time_col])
        self.frame = self._balance(raw)
        self.train, self.test = self._split(self.frame)

    def _balance(self, df: pd.DataFrame) -> pd.DataFrame:
        ros = RandomOverSampler(sampling_strategy=1.0, random_state=self.cfg.seed)
        X_res, y_res = ros.fit_resample(df.drop(columns=[self.cfg.target]), df[self.cfg.target])
        out = X_res.assign(**{self.cfg.target: y_res.values})
        log.info("oversampled %d -> %d rows (positive share %.2f)", len(df), len(out), out[self.cfg.target].mean())
        return out

    def _split(self, df: pd.DataFrame):
        cutoff = pd.Timestamp(self.cfg.cutoff)
        train = df[df[self.cfg.time_col] < cutoff]
        test = df[(df[self.cfg.time_col] >= cutoff) & ~df[self.cfg.account_col].isin(train[self.cfg.account_col].unique())]
        return train, test

    @property
    def features(self):
        return self.cfg.numeric + self.cfg.categorical


def pipeline(est) -> Pipeline:
    pre = ColumnTransformer([("num", SimpleImputer(strategy="median"), CFG.numeric),
                             ("cat", OneHotEncoder(handle_unknown="ignore"), CFG.categorical)])
    return Pipeline([("pre", pre), ("clf", est)])


def main() -> None:
    dm = DataModule(CFG)
    X_tr, y_tr = dm.train[dm.features], dm.train[CFG.target]
    X_te, y_te = dm.test[dm.features], dm.test[CFG.target]

    results = {}
    for name, est in {"baseline_prior": DummyClassifier(strategy="prior"),
                      "hgb": HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, random_state=CFG.seed)}.items():
        p = pipeline(est).fit(X_tr, y_tr).predict_proba(X_te)[:, 1]
        results[name] = {"roc_auc": roc_auc_score(y_te, p), "avg_precision": average_precision_score(y_te, p),
                         "f1@0.5": f1_score(y_te, (p >= 0.5).astype(int))}
    log.info(json.dumps(results, indent=2, default=float))
    with open("metrics.json", "w") as fh:
        json.dump(results, fh, indent=2, default=float)

    final = pipeline(HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, random_state=CFG.seed))
    final.fit(dm.frame[dm.features], dm.frame[CFG.target])
    sub = pd.read_csv("test.csv", parse_dates=[CFG.time_col])
    pd.DataFrame({CFG.id_col: sub[CFG.id_col], "prediction": final.predict_proba(sub[dm.features])[:, 1]}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
