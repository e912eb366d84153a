"""churn_snap: calibrated gradient boosting for churned_next_month.

Flattened from a small package: Config, data loading, feature registry, splitter, model factories,
an evaluation helper, and main() wiring them together.
"""
from __future__ import annotations

import json
import logging
import sys
from dataclasses import dataclass
from typing import Callable, Dict, Iterable, Tuple

import numpy as np
import pandas as pd
from sklearn.calibration import CalibratedClassifierCV
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, brier_score_loss, roc_auc_score

LOG = logging.getLogger("churn_snap")


@dataclass(frozen=True)
class Config:
    """Everything main() needs; read from the bundle's task.json."""
    target: str
    id_column: str
    time_column: str
    group_column: str
    leaky_columns: Tuple[str, ...]
    eval_months: Tuple[str, ...] = ("2024-07-01", "2024-08-01", "2024-09-01")


def read_config(path: str = "task.json") -> Config:
    with open(path) as fh:
        t = json.load(fh)
    return Config(t["target"], t["id_column"], t["time_column"], t["group_column"], tuple(t["leaky_columns"]))


def read_data(path: str, cfg: Config) -> pd.DataFrame:
    df = pd.read_csv(path, parse_dates=[cfg.time_column])
    return df.drop(columns=list(cfg.leaky_columns), errors="ignore")


REGISTRY: Dict[str, Callable[[pd.DataFrame], pd.Series]] = {}


def register(name: str):
    def deco(fn: Callable[[pd.DataFrame], pd.Series]):
        REGISTRY[name] = fn
        return fn
    return deco


@register("plan_code")
def _plan(df: pd.DataFrame) -> pd.Series:
    return df["plan"].map({"basic": 0, "standard": 1, "premium": 2})


@register("region_urban")
def _region(df: pd.DataFrame) -> pd.Series:
    return df["region"].isin(["metro", "urban"]).astype(int)


@register("engaged")
def _engaged(df: pd.DataFrame) -> pd.Series:
    return ((df["logins_30d"] >= 8) & (df["days_since_last_login"] <= 3)).astype(int)


@register("billing_pain")
def _billing(df: pd.DataFrame) -> pd.Series:
    return df["payment_failures_90d"] + df["has_discount"].astype(int).rsub(1) * (df["monthly_charges"] > 70)


PASSTHROUGH = ["tenure_months", "monthly_charges", "has_discount", "logins_30d",
               "days_since_last_login", "support_tickets_30d", "payment_failures_90d"]


def featurize(df: pd.DataFrame) -> pd.DataFrame:
    X = df[PASSTHROUGH].astype(float)
    for name, fn in REGISTRY.items():
        X[name] = fn(df)
    return X


def splitter(df: pd.DataFrame, cfg: Config) -> Tuple[pd.DataFrame, pd.DataFrame]:
    """Evaluation = the last three months, restricted to customers with no earlier snapshot in train."""
    is_eval = df[cfg.time_column].isin(pd.to_datetime(list(cfg.eval_months)))
    train = df[~is_eval]
    evaluation = df[is_eval & ~df[cfg.group_column].isin(train[cfg.group_column])]
    return train, evaluation


def gbm(seed: int = 0) -> CalibratedClassifierCV:
    base = HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, max_depth=6, random_state=seed)
    return CalibratedClassifierCV(base, method="isotonic", cv=3)


def baseline(seed: int = 0) -> DummyClassifier:
    return DummyClassifier(strategy="prior")


def evaluate(model, X: pd.DataFrame, y: pd.Series) -> Dict[str, float]:
    p = model.predict_proba(X)[:, 1]
    return {"roc_auc": roc_auc_score(y, p), "average_precision": average_precision_score(y, p),
            "brier": brier_score_loss(y, p)}


def log_table(results: Dict[str, Dict[str, float]]) -> None:
    for name, m in results.items():
        LOG.info("%-10s " + " ".join(f"{k}={v:.4f}" for k, v in m.items()), name)


def main(argv: Iterable[str] = ()) -> int:
    logging.basicConfig(level=logging.INFO, stream=sys.stdout)
    cfg = read_config()
    df = read_data("train.csv", cfg)

    train, evaluation = splitter(df, cfg)
    X_tr, y_tr = featurize(train), train[cfg.target]
    X_ev, y_ev = featurize(evaluation), evaluation[cfg.target]
    results = {name: evaluate(make().fit(X_tr, y_tr), X_ev, y_ev)
               for name, make in (("baseline", baseline), ("gbm", gbm))}
    log_table(results)
    json.dump(results["gbm"], open("metrics.json", "w"))

    model = gbm().fit(featurize(df), df[cfg.target])
    test = read_data("test.csv", cfg)
    pd.DataFrame({cfg.id_column: test[cfg.id_column],
                  "prediction": model.predict_proba(featurize(test))[:, 1]}).to_csv("predictions.csv", index=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
