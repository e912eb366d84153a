"""Seat expansion - lagged account history.

History features for a snapshot only look at the same account's *previous* snapshots
(ascending month order, shift(1) before every window), so they exist on the snapshot date.
Evaluation: post-cutoff snapshots of accounts that have no pre-cutoff snapshot.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.impute import SimpleImputer
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder


@dataclass
class Cfg:
    target: str = "expanded_next_q"
    time_col: str = "snapshot_month"
    account_col: str = "account_id"
    id_col: str = "snapshot_id"
    cutoff: str = "2023-07-01"
    snapshot_num: list = field(default_factory=lambda: [
        "seats_current", "active_users_30d", "seat_utilization", "admin_logins_30d",
        "support_tickets_90d", "nps_last", "invoices_overdue", "months_since_signup", "api_calls_30d"])
    categorical: list = field(default_factory=lambda: ["plan_tier", "industry", "region"])


CFG = Cfg()
HISTORY = ["hist_peak_active", "hist_mean_tickets", "hist_util_std", "api_mom", "util_delta_3m", "n_prev_snapshots"]


class AccountHistory:
    """Past-only account aggregates."""

    def __init__(self, cfg: Cfg):
        self.cfg = cfg

    def add(self, df: pd.DataFrame) -> pd.DataFrame:
        df = df.sort_values([self.cfg.account_col, self.cfg.time_col], ascending=True).copy()
        g = df.groupby(self.cfg.account_col)
        df["hist_peak_active"] = g["active_users_30d"].transform(lambda s: s.shift(1).expanding().max())
        df["hist_mean_tickets"] = g["support_tickets_90d"].transform(lambda s: s.shift(1).expanding().mean())
        df["hist_util_std"] = g["seat_utilization"].transform(lambda s: s.shift(1).rolling(6, min_periods=2).std())
        df["api_mom"] = g["api_calls_30d"].pct_change().replace([np.inf, -np.inf], np.nan)
        df["util_delta_3m"] = df["seat_utilization"] - g["seat_utilization"].shift(3)
        df["n_prev_snapshots"] = g.cumcount()
        return df


def split(df: pd.DataFrame):
    cutoff = pd.Timestamp(CFG.cutoff)
    train = df[df[CFG.time_col] < cutoff]
    test = df[(df[CFG.time_col] >= cutoff) & ~df[CFG.account_col].isin(train[CFG.account_col].unique())]
    return train, test


def pipeline(est) -> Pipeline:
    pre = ColumnTransformer([
        ("num", SimpleImputer(strategy="median"), CFG.snapshot_num + HISTORY),
        ("cat", OneHotEncoder(handle_unknown="ignore"), CFG.categorical),
    ])
    return Pipeline([("pre", pre), ("clf", est)])


def main() -> None:
    df = pd.read_csv("train.csv", parse_dates=[CFG.time_col])
    df = AccountHistory(CFG).add(df)
    train, test = split(df)
    feats = CFG.snapshot_num + HISTORY + CFG.categorical

    results = {}
    for name, est in {"baseline_prior": DummyClassifier(strategy="prior"),
                      "hgb": HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, random_state=0)}.items():
        m = pipeline(est).fit(train[feats], train[CFG.target])
        p = m.predict_proba(test[feats])[:, 1]
        results[name] = {"roc_auc": roc_auc_score(test[CFG.target], p),
                         "avg_precision": average_precision_score(test[CFG.target], p)}
    print(json.dumps(results, indent=2, default=float))
    Path("metrics.json").write_text(json.dumps(results, indent=2, default=float))

    sub = AccountHistory(CFG).add(pd.read_csv("test.csv", parse_dates=[CFG.time_col]))
    final = pipeline(HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, random_state=0))
    final.fit(df[feats], df[CFG.target])
    pd.DataFrame({CFG.id_col: sub[CFG.id_col], "prediction": final.predict_proba(sub[feats])[:, 1]}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
