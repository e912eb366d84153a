"""Next-month churn model trained on monthly customer snapshots.

Usage: python y01_churn_pipeline_factory.py
"""
from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd
from sklearn.base import clone
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler


@dataclass
class Config:
    path: str = "data/churn_snapshots.csv"
    target: str = "churned_next_month"
    time_col: str = "snapshot_month"
    group_col: str = "customer_id"
    cutoff: str = "2023-07-01"
    numeric: list[str] = field(default_factory=lambda: [
        "tenure_months", "monthly_charges", "support_tickets", "late_payments",
        "data_usage_gb", "tickets_prev_3m", "charges_delta",
    ])
    categorical: list[str] = field(default_factory=lambda: [
        "plan_type", "contract_type", "region",
    ])


def load(cfg: Config) -> pd.DataFrame:
    """Read the snapshot table and order it by customer and month."""
    df = pd.read_csv(cfg.path, parse_dates=[cfg.time_col])
    return df.sort_values([cfg.group_col, cfg.time_col]).reset_index(drop=True)


def add_history(df: pd.DataFrame, cfg: Config) -> pd.DataFrame:
    """Per-customer signals built from earlier snapshots only."""
    out = df.copy()
    by_customer = out.groupby(cfg.group_col)
    out["tickets_prev_3m"] = by_customer["support_tickets"].transform(
        lambda s: s.shift(1).rolling(3, min_periods=1).sum()
    )
    out["charges_delta"] = out["monthly_charges"] - by_customer["monthly_charges"].shift(1)
    return out


def split_by_time(df: pd.DataFrame, cfg: Config) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Train on months before the cutoff, evaluate on later months of unseen customers."""
    cutoff = pd.Timestamp(cfg.cutoff)
    train = df[df[cfg.time_col] < cutoff]
    later = df[df[cfg.time_col] >= cutoff]
    known = set(train[cfg.group_col].unique())
    test = later[~later[cfg.group_col].isin(known)]
    return train, test


def build_pipeline(cfg: Config, estimator) -> Pipeline:
    """Preprocessing + estimator; everything is learned inside `fit`."""
    numeric = Pipeline([
        ("impute", SimpleImputer(strategy="median")),
        ("scale", StandardScaler()),
    ])
    categorical = OneHotEncoder(handle_unknown="ignore")
    pre = ColumnTransformer([
        ("num", numeric, cfg.numeric),
        ("cat", categorical, cfg.categorical),
    ])
    return Pipeline([("pre", pre), ("model", estimator)])


def evaluate(pipe: Pipeline, X: pd.DataFrame, y: pd.Series) -> dict[str, float]:
    proba = pipe.predict_proba(X)[:, 1]
    return {
        "roc_auc": roc_auc_score(y, proba),
        "avg_precision": average_precision_score(y, proba),
    }


def main() -> None:
    cfg = Config()
    df = add_history(load(cfg), cfg)
    train, test = split_by_time(df, cfg)
    features = cfg.numeric + cfg.categorical
    print(f"train rows={len(train)}  test rows={len(test)}  "
          f"test positive rate={test[cfg.target].mean():.3f}")

    candidates = {
        "baseline_prior": DummyClassifier(strategy="prior"),
        "logreg": LogisticRegression(max_iter=2000, class_weight="balanced", C=0.5),
    }
    results: dict[str, dict[str, float]] = {}
    for name, estimator in candidates.items():
        pipe = build_pipeline(cfg, clone(estimator))
        pipe.fit(train[features], train[cfg.target])
        results[name] = evaluate(pipe, test[features], test[cfg.target])

    print(pd.DataFrame(results).T.round(4).to_string())


if __name__ == "__main__":
    main()
