"""Standardised logistic regression for churn-snapshots (one scaler reused for validation and test).

Project flattened into one module: config / io / features / preprocessing / split / models / eval / main.
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, List, Tuple

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, log_loss, roc_auc_score
from sklearn.preprocessing import StandardScaler

logger = logging.getLogger("churn.logit")


# -- config -------------------------------------------------------------------
@dataclass(frozen=True)
class Task:
    target: str
    id_column: str
    time_column: str
    group_column: str
    leaky_columns: Tuple[str, ...] = field(default_factory=tuple)

    @classmethod
    def load(cls, path: Path = Path("task.json")) -> "Task":
        raw = json.loads(path.read_text())
        return cls(raw["target"], raw["id_column"], raw["time_column"], raw["group_column"],
                   tuple(raw.get("leaky_columns", ())))


# -- io -----------------------------------------------------------------------
def read(path: str, task: Task) -> pd.DataFrame:
    return pd.read_csv(path, parse_dates=[task.time_column])


# -- features -----------------------------------------------------------------
FEATURES: Dict[str, Callable[[pd.DataFrame], pd.Series]] = {
    "tenure_months": lambda d: d["tenure_months"],
    "log_charges": lambda d: np.log1p(d["monthly_charges"]),
    "has_discount": lambda d: d["has_discount"],
    "logins_30d": lambda d: d["logins_30d"],
    "days_since_last_login": lambda d: d["days_since_last_login"].clip(upper=90),
    "support_tickets_30d": lambda d: d["support_tickets_30d"],
    "payment_failures_90d": lambda d: d["payment_failures_90d"],
    "is_premium": lambda d: (d["plan"] == "premium").astype(int),
    "is_basic": lambda d: (d["plan"] == "basic").astype(int),
}


def to_matrix(df: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame({name: fn(df) for name, fn in FEATURES.items()}, index=df.index)


# -- preprocessing ------------------------------------------------------------
def fit_scaler(X: pd.DataFrame) -> Tuple[SimpleImputer, StandardScaler]:
    """Median-impute then standardise; returns the fitted pair."""
    imputer = SimpleImputer(strategy="median").fit(X)
    scaler = StandardScaler().fit(imputer.transform(X))
    return imputer, scaler


def apply_scaler(X: pd.DataFrame, fitted: Tuple[SimpleImputer, StandardScaler]) -> np.ndarray:
    imputer, scaler = fitted
    return scaler.transform(imputer.transform(X))


# -- split --------------------------------------------------------------------
def time_and_customer_split(df: pd.DataFrame, task: Task, cut: str = "2024-07-01") -> Tuple[pd.Index, pd.Index]:
    before = df[task.time_column] < pd.Timestamp(cut)
    seen = df.loc[before, task.group_column].unique()
    after_unseen = ~before & ~df[task.group_column].isin(seen)
    return df.index[before], df.index[after_unseen]


# -- models -------------------------------------------------------------------
MODEL_FACTORIES: Dict[str, Callable[[], object]] = {
    "dummy_prior": lambda: DummyClassifier(strategy="prior"),
    "logit": lambda: LogisticRegression(C=0.3, class_weight="balanced", max_iter=5000),
}


# -- eval ---------------------------------------------------------------------
def evaluate(model, X: np.ndarray, y: pd.Series) -> Dict[str, float]:
    p = model.predict_proba(X)[:, 1]
    return {"roc_auc": roc_auc_score(y, p), "average_precision": average_precision_score(y, p),
            "log_loss": log_loss(y, np.clip(p, 1e-6, 1 - 1e-6))}


# -- main ---------------------------------------------------------------------
def main() -> None:
    logging.basicConfig(level=logging.INFO)
    task = Task.load()
    df = read("train.csv", task)
    X, y = to_matrix(df), df[task.target]

    fitted = fit_scaler(X)
    tr_idx, va_idx = time_and_customer_split(df, task)
    X_tr, X_va = apply_scaler(X.loc[tr_idx], fitted), apply_scaler(X.loc[va_idx], fitted)

    summary: Dict[str, Dict[str, float]] = {}
    for name, make in MODEL_FACTORIES.items():
        model = make().fit(X_tr, y.loc[tr_idx])
        summary[name] = evaluate(model, X_va, y.loc[va_idx])
        logger.info("%s %s", name, {k: round(v, 4) for k, v in summary[name].items()})

    model = MODEL_FACTORIES["logit"]().fit(apply_scaler(X, fitted), y)
    test = read("test.csv", task)
    proba = model.predict_proba(apply_scaler(to_matrix(test), fitted))[:, 1]
    pd.DataFrame({task.id_column: test[task.id_column], "prediction": proba}).to_csv("predictions.csv", index=False)
    Path("metrics.json").write_text(json.dumps(summary, indent=2))


if __name__ == "__main__":
    main()
