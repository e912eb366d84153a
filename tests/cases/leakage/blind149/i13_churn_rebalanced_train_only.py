"""Churn-snapshots: extra-trees with an upsampled minority class.

Flattened project. Sections: CONFIG, LOADING, FEATURES, SAMPLING, SPLIT, MODELS, EVALUATION, MAIN.
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Callable, Dict, List, Tuple

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import ExtraTreesClassifier
from sklearn.metrics import average_precision_score, precision_recall_curve, roc_auc_score
from sklearn.utils import resample

log = logging.getLogger("churn.et")

# ============================== CONFIG =====================================
@dataclass(frozen=True)
class RunConfig:
    target: str
    id_col: str
    month_col: str
    customer_col: str
    leaky: Tuple[str, ...]
    minority_ratio: float = 0.25
    cutoff: str = "2024-07-01"
    seed: int = 13


def config_from_task(path: str = "task.json") -> RunConfig:
    with open(path) as fh:
        t = json.load(fh)
    return RunConfig(t["target"], t["id_column"], t["time_column"], t["group_column"], tuple(t["leaky_columns"]))


# ============================== LOADING ====================================
def load_snapshots(path: str, cfg: RunConfig) -> pd.DataFrame:
    df = pd.read_csv(path)
    df[cfg.month_col] = pd.to_datetime(df[cfg.month_col])
    return df


# ============================== FEATURES ===================================
FEATURES: Dict[str, Callable[[pd.DataFrame], pd.Series]] = {
    "tenure_months": lambda d: d["tenure_months"],
    "monthly_charges": lambda d: d["monthly_charges"],
    "has_discount": lambda d: d["has_discount"].astype(int),
    "logins_30d": lambda d: d["logins_30d"],
    "days_since_last_login": lambda d: d["days_since_last_login"].fillna(90),
    "support_tickets_30d": lambda d: d["support_tickets_30d"],
    "payment_failures_90d": lambda d: d["payment_failures_90d"],
    "plan_premium": lambda d: d["plan"].eq("premium").astype(int),
    "plan_basic": lambda d: d["plan"].eq("basic").astype(int),
    "silent_month": lambda d: d["logins_30d"].eq(0).astype(int),
}


def features(df: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame({k: f(df) for k, f in FEATURES.items()}, index=df.index).fillna(0)


# ============================== SAMPLING ===================================
def rebalance(df: pd.DataFrame, cfg: RunConfig) -> pd.DataFrame:
    """Upsample churners (with replacement) until they are `minority_ratio` of the majority."""
    pos = df[df[cfg.target] == 1]
    neg = df[df[cfg.target] == 0]
    n_pos = int(len(neg) * cfg.minority_ratio)
    pos_up = resample(pos, replace=True, n_samples=n_pos, random_state=cfg.seed)
    out = pd.concat([neg, pos_up]).sample(frac=1.0, random_state=cfg.seed)
    log.info("rebalanced: %d -> %d rows, positive share %.3f", len(df), len(out), out[cfg.target].mean())
    return out


# ============================== SPLIT ======================================
def split(df: pd.DataFrame, cfg: RunConfig) -> Tuple[pd.DataFrame, pd.DataFrame]:
    early = df[df[cfg.month_col] < cfg.cutoff]
    late = df[(df[cfg.month_col] >= cfg.cutoff) & ~df[cfg.customer_col].isin(early[cfg.customer_col])]
    return early, late


# ============================== MODELS =====================================
def extra_trees(cfg: RunConfig) -> ExtraTreesClassifier:
    return ExtraTreesClassifier(n_estimators=600, min_samples_leaf=10, max_features="sqrt",
                                n_jobs=-1, random_state=cfg.seed)


def prior_baseline(cfg: RunConfig) -> DummyClassifier:
    return DummyClassifier(strategy="prior")


# ============================== EVALUATION =================================
def evaluate(y: pd.Series, p: np.ndarray) -> Dict[str, float]:
    prec, rec, _ = precision_recall_curve(y, p)
    best_f1 = float(np.nanmax(2 * prec * rec / (prec + rec + 1e-12)))
    return {"roc_auc": float(roc_auc_score(y, p)), "ap": float(average_precision_score(y, p)),
            "best_f1_curve": best_f1}


# ============================== MAIN =======================================
def main() -> Dict[str, Dict[str, float]]:
    logging.basicConfig(level=logging.INFO)
    cfg = config_from_task()
    data = load_snapshots("train.csv", cfg)

    early, late = split(data, cfg)
    early = rebalance(early, cfg)

    out: Dict[str, Dict[str, float]] = {}
    for name, factory in (("prior_baseline", prior_baseline), ("extra_trees", extra_trees)):
        model = factory(cfg).fit(features(early), early[cfg.target])
        out[name] = evaluate(late[cfg.target], model.predict_proba(features(late))[:, 1])
        log.info("%s: %s", name, out[name])

    final_rows = rebalance(data, cfg)
    final = extra_trees(cfg).fit(features(final_rows), final_rows[cfg.target])
    test = load_snapshots("test.csv", cfg)
    pd.DataFrame({cfg.id_col: test[cfg.id_col], "prediction": final.predict_proba(features(test))[:, 1]}) \
        .to_csv("predictions.csv", index=False)
    return out


if __name__ == "__main__":
    main()
