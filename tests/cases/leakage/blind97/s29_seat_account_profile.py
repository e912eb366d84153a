"""Seat expansion - account profile features.

Adds an account-level profile (peak usage, typical ticket load, usage volatility) to the
monthly snapshot features, then evaluates on post-cutoff snapshots of new accounts.
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
PROFILE = ["acct_peak_active", "acct_mean_tickets", "acct_util_std", "acct_api_trend", "util_vs_peak"]


class AccountProfile:
    """Account-level aggregates attached to every snapshot of the account."""

    def __init__(self, cfg: Cfg):
        self.cfg = cfg

    def add(self, df: pd.DataFrame) -> pd.DataFrame:
        g = df.groupby(self.cfg.account_col)
        df = df.copy()
        df["acct_peak_active"] = g["active_users_30d"].transform("max")
        df["acct_mean_tickets"] = g["support_tickets_90d"].transform("mean")
        df["acct_util_std"] = g["seat_utilization"].transform("std").fillna(0.0)
        df["acct_api_trend"] = g["api_calls_30d"].transform(lambda s: s.iloc[-1] - s.iloc[0] if len(s) > 1 else 0.0)
        df["util_vs_peak"] = df["active_users_30d"] / df["acct_peak_active"].replace(0, np.nan)
        return df


def split(df: pd.DataFrame):
    cutoff = pd.Timestamp(CFG.cutoff)
    train = df[df[CFG.time_col] < cutoff]
    test = df[(df[CFG.time_col] >= cutoff) & ~df[CFG.account_col].isin(train[CFG.account_col].unique())]
    return train, test


def pipeline(est) -> Pipeline:
    pre = ColumnTransformer([
        ("num", SimpleImputer(strategy="median"), CFG.snapshot_num + PROFILE),
        ("cat", OneHotEncoder(handle_unknown="ignore"), CFG.categorical),
    ])
    return Pipeline([("pre", pre), ("clf", est)])


def main() -> None:
    df = pd.read_csv("train.csv", parse_dates=[CFG.time_col]).sort_values([CFG.account_col, CFG.time_col])
    df = AccountProfile(CFG).add(df)
    train, test = split(df)
    feats = CFG.snapshot_num + PROFILE + CFG.categorical

    results = {}
    for name, est in {"baseline_prior": DummyClassifier(strategy="prior"),
                      "hgb": HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, random_state=0)}.items():
        m = pipeline(est).fit(train[feats], train[CFG.target])
        p = m.predict_proba(test[feats])[:, 1]
        results[name] = {"roc_auc": roc_auc_score(test[CFG.target], p),
                         "avg_precision": average_precision_score(test[CFG.target], p)}
    print(json.dumps(results, indent=2, default=float))
    Path("metrics.json").write_text(json.dumps(results, indent=2, default=float))

    sub = pd.read_csv("test.csv", parse_dates=[CFG.time_col]).sort_values([CFG.account_col, CFG.time_col])
    sub = AccountProfile(CFG).add(sub)
    final = pipeline(HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, random_state=0))
    final.fit(df[feats], df[CFG.target])
    pd.DataFrame({CFG.id_col: sub[CFG.id_col], "prediction": final.predict_proba(sub[feats])[:, 1]}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
