"""Churn-snapshots take-home: logistic regression with a region churn-rate feature, flattened into one file.

Layout (was src/ in my repo): config -> data -> features -> split -> models -> evaluation -> main.
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Dict, Tuple

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

log = logging.getLogger("churn")


# ----------------------------------------------------------------- config
@dataclass(frozen=True)
class Config:
    target: str
    id_column: str
    time_column: str
    group_column: str
    leaky_columns: Tuple[str, ...]
    valid_start: str = "2024-07-01"
    seed: int = 7


def load_config(path: str = "task.json") -> Config:
    task = json.loads(Path(path).read_text())
    return Config(
        target=task["target"],
        id_column=task["id_column"],
        time_column=task["time_column"],
        group_column=task["group_column"],
        leaky_columns=tuple(task.get("leaky_columns", [])),
    )


# ----------------------------------------------------------------- data
def load_frame(path: str, cfg: Config) -> pd.DataFrame:
    df = pd.read_csv(path, parse_dates=[cfg.time_column])
    return df.sort_values([cfg.time_column, cfg.group_column]).reset_index(drop=True)


# ----------------------------------------------------------------- features
FeatureFn = Callable[[pd.DataFrame, pd.DataFrame, Config], pd.Series]


def region_churn_rate(frame: pd.DataFrame, ref: pd.DataFrame, cfg: Config) -> pd.Series:
    """Smoothed churn rate of the customer's region, learned from `ref`."""
    prior = ref[cfg.target].mean()
    stats = ref.groupby("region")[cfg.target].agg(["sum", "count"])
    rate = (stats["sum"] + 20 * prior) / (stats["count"] + 20)
    return frame["region"].map(rate).fillna(prior)


FEATURES: Dict[str, FeatureFn] = {
    "log_charges": lambda f, ref, cfg: np.log1p(f["monthly_charges"]),
    "tickets_per_login": lambda f, ref, cfg: f["support_tickets_30d"] / (f["logins_30d"] + 1),
    "short_tenure": lambda f, ref, cfg: (f["tenure_months"] < 6).astype(int),
    "had_payment_failure": lambda f, ref, cfg: (f["payment_failures_90d"] > 0).astype(int),
    "region_rate": region_churn_rate,
}

NUMERIC = [
    "tenure_months", "monthly_charges", "has_discount", "logins_30d",
    "days_since_last_login", "support_tickets_30d", "payment_failures_90d",
]
CATEGORICAL = ["plan", "region"]


def build_features(frame: pd.DataFrame, ref: pd.DataFrame, cfg: Config) -> pd.DataFrame:
    out = frame.copy()
    for name, fn in FEATURES.items():
        out[name] = fn(frame, ref, cfg)
    return out


# ----------------------------------------------------------------- split
def split_by_time(df: pd.DataFrame, cfg: Config) -> Tuple[pd.DataFrame, pd.DataFrame]:
    """Train on months before the cut; validate on later months of customers never seen in train."""
    cut = pd.Timestamp(cfg.valid_start)
    train = df[df[cfg.time_column] < cut]
    valid = df[df[cfg.time_column] >= cut]
    valid = valid[~valid[cfg.group_column].isin(set(train[cfg.group_column]))]
    log.info("train=%d rows, valid=%d rows (%d customers)", len(train), len(valid),
             valid[cfg.group_column].nunique())
    return train, valid


# ----------------------------------------------------------------- models
def make_preprocessor() -> ColumnTransformer:
    num = Pipeline([("impute", SimpleImputer(strategy="median")), ("scale", StandardScaler())])
    cat = OneHotEncoder(handle_unknown="ignore")
    return ColumnTransformer([("num", num, NUMERIC + list(FEATURES)), ("cat", cat, CATEGORICAL)])


def make_logreg(cfg: Config) -> Pipeline:
    clf = LogisticRegression(C=0.5, class_weight="balanced", max_iter=2000, random_state=cfg.seed)
    return Pipeline([("prep", make_preprocessor()), ("clf", clf)])


def make_dummy(cfg: Config) -> DummyClassifier:
    return DummyClassifier(strategy="prior")


MODELS: Dict[str, Callable[[Config], object]] = {"baseline_prior": make_dummy, "logreg": make_logreg}


# ----------------------------------------------------------------- evaluation
def evaluate(model, X: pd.DataFrame, y: pd.Series) -> Dict[str, float]:
    proba = model.predict_proba(X)[:, 1]
    return {
        "roc_auc": float(roc_auc_score(y, proba)),
        "average_precision": float(average_precision_score(y, proba)),
        "n": int(len(y)),
        "positives": int(y.sum()),
    }


# ----------------------------------------------------------------- main
def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    cfg = load_config()
    raw = load_frame("train.csv", cfg)
    cols = NUMERIC + CATEGORICAL + list(FEATURES)

    features = build_features(raw, raw, cfg)
    train, valid = split_by_time(features, cfg)

    results: Dict[str, Dict[str, float]] = {}
    for name, factory in MODELS.items():
        model = factory(cfg)
        model.fit(train[cols], train[cfg.target])
        results[name] = evaluate(model, valid[cols], valid[cfg.target])
        log.info("%-15s %s", name, results[name])
    Path("metrics.json").write_text(json.dumps(results, indent=2))

    final = make_logreg(cfg).fit(features[cols], features[cfg.target])
    test = load_frame("test.csv", cfg)
    test = build_features(test, raw, cfg)
    preds = pd.DataFrame({cfg.id_column: test[cfg.id_column],
                          "prediction": final.predict_proba(test[cols])[:, 1]})
    preds.to_csv("predictions.csv", index=False)
    log.info("wrote %d predictions", len(preds))


if __name__ == "__main__":
    main()
