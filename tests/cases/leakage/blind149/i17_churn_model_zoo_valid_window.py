"""Model zoo for churn-snapshots: pick a factory on a validation window, confirm on a later test window.

One-file version of the repo (config, data, features, splitting, models, evaluation, main).
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Callable, Dict, List, Tuple

import numpy as np
import pandas as pd
from sklearn.compose import make_column_transformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier, RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

logger = logging.getLogger("zoo")

NUM = ["tenure_months", "monthly_charges", "has_discount", "logins_30d", "days_since_last_login",
       "support_tickets_30d", "payment_failures_90d", "charges_x_fail", "inactive"]
CAT = ["plan", "region"]


@dataclass(frozen=True)
class Config:
    target: str
    id_column: str
    time_column: str
    group_column: str
    valid_start: str = "2024-06-01"
    test_start: str = "2024-08-01"


def load_config() -> Config:
    raw = json.load(open("task.json"))
    return Config(raw["target"], raw["id_column"], raw["time_column"], raw["group_column"])


def load(path: str, cfg: Config) -> pd.DataFrame:
    return pd.read_csv(path, parse_dates=[cfg.time_column])


FEATURES: Dict[str, Callable[[pd.DataFrame], pd.Series]] = {
    "charges_x_fail": lambda d: d["monthly_charges"] * (d["payment_failures_90d"] > 0),
    "inactive": lambda d: (d["logins_30d"] == 0).astype(int),
}


def add_features(df: pd.DataFrame) -> pd.DataFrame:
    return df.assign(**{k: f(df) for k, f in FEATURES.items()})


def split_holdout(df: pd.DataFrame, cfg: Config, start: str) -> Tuple[pd.DataFrame, pd.DataFrame]:
    """Rows before `start` for fitting; from `start` on, only customers the fit part never saw."""
    fit = df[df[cfg.time_column] < start]
    rest = df[df[cfg.time_column] >= start]
    return fit, rest[~rest[cfg.group_column].isin(fit[cfg.group_column].unique())]


def _prep(scale: bool):
    num = StandardScaler() if scale else "passthrough"
    return make_column_transformer((num, NUM), (OneHotEncoder(handle_unknown="ignore"), CAT))


FACTORIES: Dict[str, Callable[[], object]] = {
    "baseline": lambda: make_pipeline(_prep(False), DummyClassifier(strategy="prior")),
    "logreg": lambda: make_pipeline(_prep(True), LogisticRegression(max_iter=4000, C=1.0)),
    "forest": lambda: make_pipeline(_prep(False), RandomForestClassifier(400, min_samples_leaf=15, n_jobs=-1, random_state=1)),
    "hgb": lambda: make_pipeline(_prep(False), HistGradientBoostingClassifier(max_iter=250, learning_rate=0.05, random_state=1)),
}


def evaluate(model, df: pd.DataFrame, cfg: Config) -> Dict[str, float]:
    p = model.predict_proba(df[NUM + CAT])[:, 1]
    return {"roc_auc": float(roc_auc_score(df[cfg.target], p)),
            "average_precision": float(average_precision_score(df[cfg.target], p))}


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    cfg = load_config()
    data = add_features(load("train.csv", cfg))
    dev, test_part = split_holdout(data, cfg, cfg.test_start)
    fit, valid = split_holdout(dev, cfg, cfg.valid_start)

    board: Dict[str, Dict[str, float]] = {}
    for name, factory in FACTORIES.items():
        model = factory().fit(fit[NUM + CAT], fit[cfg.target])
        board[name] = evaluate(model, valid, cfg)
        logger.info("valid %-8s auc=%.4f ap=%.4f", name, board[name]["roc_auc"], board[name]["average_precision"])

    best = max((n for n in board if n != "baseline"), key=lambda n: board[n]["roc_auc"])
    # one look at the untouched last months, for the chosen model and the baseline only
    test_scores = {n: evaluate(FACTORIES[n]().fit(dev[NUM + CAT], dev[cfg.target]), test_part, cfg)
                   for n in (best, "baseline")}
    logger.info("best model: %s, test roc_auc %.4f (baseline %.4f)", best, test_scores[best]["roc_auc"],
                test_scores["baseline"]["roc_auc"])
    json.dump({"model": best, **test_scores[best]}, open("metrics.json", "w"), indent=2)

    final = FACTORIES[best]().fit(data[NUM + CAT], data[cfg.target])
    test = add_features(load("test.csv", cfg))
    pd.DataFrame({cfg.id_column: test[cfg.id_column],
                  "prediction": final.predict_proba(test[NUM + CAT])[:, 1]}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
