"""Customer-profile features for churn-snapshots, flattened from `profile_model/`.

config.py | io.py | profile_features.py | split.py | factories.py | evaluation.py | cli.py
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Callable, Dict, List, Tuple

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

log = logging.getLogger("profile_model")


# --- config.py ---------------------------------------------------------------
@dataclass(frozen=True)
class Settings:
    target: str
    id_column: str
    time_column: str
    group_column: str
    leaky_columns: Tuple[str, ...]
    eval_from: str = "2024-07-01"


def settings_from(path: str = "task.json") -> Settings:
    t = json.load(open(path))
    return Settings(t["target"], t["id_column"], t["time_column"], t["group_column"], tuple(t["leaky_columns"]))


# --- io.py -------------------------------------------------------------------
def read_snapshots(path: str, s: Settings) -> pd.DataFrame:
    df = pd.read_csv(path, parse_dates=[s.time_column])
    df = df.drop(columns=[c for c in s.leaky_columns if c in df])
    return df.sort_values([s.group_column, s.time_column], kind="mergesort").reset_index(drop=True)


# --- profile_features.py -------------------------------------------------------
def _history(df: pd.DataFrame, s: Settings, col: str, how: str) -> pd.Series:
    """Per-customer statistic of `col` over the snapshots strictly before the current one."""
    g = df.groupby(s.group_column)[col]
    return g.transform(lambda x: getattr(x.shift(1).expanding(), how)())


PROFILE: Dict[str, Callable[[pd.DataFrame, Settings], pd.Series]] = {
    "logins_hist_mean": lambda d, s: _history(d, s, "logins_30d", "mean"),
    "tickets_hist_max": lambda d, s: _history(d, s, "support_tickets_30d", "max"),
    "recency_hist_mean": lambda d, s: _history(d, s, "days_since_last_login", "mean"),
    "charges_hist_min": lambda d, s: _history(d, s, "monthly_charges", "min"),
}
CURRENT = ["tenure_months", "monthly_charges", "has_discount", "logins_30d", "days_since_last_login",
           "support_tickets_30d", "payment_failures_90d"]


def add_profile(df: pd.DataFrame, s: Settings) -> pd.DataFrame:
    out = df.copy()
    for name, fn in PROFILE.items():
        out[name] = fn(out, s)
    out["logins_vs_hist"] = out["logins_30d"] - out["logins_hist_mean"]
    out["plan_code"] = out["plan"].map({"basic": 0, "standard": 1, "premium": 2})
    return out


FEATURES: List[str] = CURRENT + list(PROFILE) + ["logins_vs_hist", "plan_code"]


# --- split.py ----------------------------------------------------------------
def split_time_unseen(df: pd.DataFrame, s: Settings) -> Tuple[pd.DataFrame, pd.DataFrame]:
    early = df[df[s.time_column] < s.eval_from]
    late = df[df[s.time_column] >= s.eval_from]
    late = late[~late[s.group_column].isin(early[s.group_column].unique())]
    return early, late


# --- factories.py ------------------------------------------------------------
def make_model() -> HistGradientBoostingClassifier:
    return HistGradientBoostingClassifier(max_iter=350, learning_rate=0.04, min_samples_leaf=40, random_state=5)


def make_baseline() -> DummyClassifier:
    return DummyClassifier(strategy="prior")


# --- evaluation.py -----------------------------------------------------------
def evaluate(model, df: pd.DataFrame, s: Settings) -> Dict[str, float]:
    p = model.predict_proba(df[FEATURES])[:, 1]
    return {"roc_auc": float(roc_auc_score(df[s.target], p)),
            "average_precision": float(average_precision_score(df[s.target], p))}


# --- cli.py ------------------------------------------------------------------
def main() -> None:
    logging.basicConfig(level=logging.INFO)
    s = settings_from()
    data = add_profile(read_snapshots("train.csv", s), s)
    early, late = split_time_unseen(data, s)

    report = {}
    for name, make in {"baseline": make_baseline, "hgb": make_model}.items():
        model = make().fit(early[FEATURES], early[s.target])
        report[name] = evaluate(model, late, s)
    log.info("holdout report: %s", json.dumps(report, indent=1))

    final = make_model().fit(data[FEATURES], data[s.target])
    test = add_profile(read_snapshots("test.csv", s), s)
    pd.DataFrame({s.id_column: test[s.id_column],
                  "prediction": final.predict_proba(test[FEATURES])[:, 1]}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
