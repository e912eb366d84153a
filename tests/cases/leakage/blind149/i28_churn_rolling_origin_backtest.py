"""Rolling-origin backtest for churn-snapshots.

Each fold trains on every month before an origin and scores the origin month, keeping only
customers with no snapshot in the training months (test.csv is later months of new customers).
Sections: config / data / features / folds / models / evaluation / main.
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Callable, Dict, Iterator, List, Tuple

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

log = logging.getLogger("backtest")


# ------------------------------------------------------------------- config
@dataclass(frozen=True)
class BacktestConfig:
    target: str
    id_column: str
    time_column: str
    group_column: str
    leaky_columns: Tuple[str, ...]
    origins: Tuple[str, ...] = ("2024-06-01", "2024-07-01", "2024-08-01", "2024-09-01")


def load_config(path: str = "task.json") -> BacktestConfig:
    t = json.load(open(path))
    return BacktestConfig(t["target"], t["id_column"], t["time_column"], t["group_column"],
                          tuple(t["leaky_columns"]))


# ------------------------------------------------------------------- data
def load(path: str, cfg: BacktestConfig) -> pd.DataFrame:
    df = pd.read_csv(path, parse_dates=[cfg.time_column])
    return df.drop(columns=[c for c in cfg.leaky_columns if c in df.columns])


# ------------------------------------------------------------------- features
FEATURES: Dict[str, Callable[[pd.DataFrame], pd.Series]] = {
    "tenure_months": lambda d: d["tenure_months"],
    "monthly_charges": lambda d: d["monthly_charges"],
    "has_discount": lambda d: d["has_discount"].astype(int),
    "logins_30d": lambda d: d["logins_30d"],
    "days_since_last_login": lambda d: d["days_since_last_login"],
    "support_tickets_30d": lambda d: d["support_tickets_30d"],
    "payment_failures_90d": lambda d: d["payment_failures_90d"],
    "plan_code": lambda d: d["plan"].map({"basic": 0, "standard": 1, "premium": 2}),
    "region_code": lambda d: d["region"].map({"north": 0, "south": 1, "east": 2, "west": 3}),
    "tickets_per_month_tenure": lambda d: d["support_tickets_30d"] / d["tenure_months"].clip(lower=1),
}


def matrix(df: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame({n: fn(df) for n, fn in FEATURES.items()}, index=df.index)


# ------------------------------------------------------------------- folds
def rolling_origin_folds(df: pd.DataFrame, cfg: BacktestConfig) -> Iterator[Tuple[str, np.ndarray, np.ndarray]]:
    t, g = df[cfg.time_column], df[cfg.group_column]
    for origin in cfg.origins:
        origin_ts = pd.Timestamp(origin)
        train_mask = (t < origin_ts).to_numpy()
        seen = set(g[train_mask])
        eval_mask = ((t == origin_ts) & ~g.isin(seen)).to_numpy()
        if eval_mask.sum() == 0:
            continue
        yield origin, np.flatnonzero(train_mask), np.flatnonzero(eval_mask)


# ------------------------------------------------------------------- models
FACTORIES: Dict[str, Callable[[], object]] = {
    "prior_baseline": lambda: DummyClassifier(strategy="prior"),
    "hgb": lambda: HistGradientBoostingClassifier(max_iter=200, learning_rate=0.05, random_state=0),
}


# ------------------------------------------------------------------- evaluation
def evaluate(y: np.ndarray, p: np.ndarray) -> Dict[str, float]:
    if len(np.unique(y)) < 2:
        return {"roc_auc": np.nan, "average_precision": np.nan}
    return {"roc_auc": roc_auc_score(y, p), "average_precision": average_precision_score(y, p)}


def backtest(df: pd.DataFrame, cfg: BacktestConfig) -> pd.DataFrame:
    X, y = matrix(df), df[cfg.target].to_numpy()
    rows: List[Dict[str, object]] = []
    for origin, tr, ev in rolling_origin_folds(df, cfg):
        for name, make in FACTORIES.items():
            model = make().fit(X.iloc[tr], y[tr])
            m = evaluate(y[ev], model.predict_proba(X.iloc[ev])[:, 1])
            rows.append({"origin": origin, "model": name, "n_eval": len(ev), **m})
    return pd.DataFrame(rows)


# ------------------------------------------------------------------- main
def main() -> None:
    logging.basicConfig(level=logging.INFO)
    cfg = load_config()
    df = load("train.csv", cfg)
    table = backtest(df, cfg)
    log.info("\n%s", table.to_string(index=False))
    summary = table.groupby("model")[["roc_auc", "average_precision"]].mean()
    log.info("mean over origins:\n%s", summary)

    final = FACTORIES["hgb"]().fit(matrix(df), df[cfg.target])
    test = load("test.csv", cfg)
    pd.DataFrame({cfg.id_column: test[cfg.id_column],
                  "prediction": final.predict_proba(matrix(test))[:, 1]}).to_csv("predictions.csv", index=False)
    summary.to_json("metrics.json")


if __name__ == "__main__":
    main()
