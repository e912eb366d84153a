"""Churn model evaluated with rolling-origin (expanding window) validation."""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from sklearn.base import clone
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import TimeSeriesSplit
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder


@dataclass
class Setup:
    path: str = "data/churn_snapshots.csv"
    n_splits: int = 6
    numeric: list[str] = field(default_factory=lambda: [
        "tenure_months", "monthly_charges", "support_tickets", "late_payments",
        "data_usage_gb", "num_products", "usage_change"])
    categorical: list[str] = field(default_factory=lambda: ["plan_type", "contract_type", "region"])


def load(setup: Setup) -> pd.DataFrame:
    df = pd.read_csv(setup.path, parse_dates=["snapshot_month"])
    df = df.sort_values(["customer_id", "snapshot_month"])
    df["usage_change"] = df.groupby("customer_id")["data_usage_gb"].pct_change().fillna(0.0)
    return df.sort_values("snapshot_month", kind="stable").reset_index(drop=True)


def factory(setup: Setup, clf) -> Pipeline:
    pre = ColumnTransformer([
        ("num", "passthrough", setup.numeric),
        ("cat", OneHotEncoder(handle_unknown="ignore"), setup.categorical),
    ])
    return Pipeline([("pre", pre), ("clf", clf)])


def rolling_origin(df: pd.DataFrame, setup: Setup, clf) -> dict[str, float]:
    cols = setup.numeric + setup.categorical
    y = df["churned_next_month"]
    aucs, aps = [], []
    for tr_idx, va_idx in TimeSeriesSplit(n_splits=setup.n_splits).split(df):
        model = factory(setup, clone(clf)).fit(df.loc[tr_idx, cols], y.loc[tr_idx])
        p = model.predict_proba(df.loc[va_idx, cols])[:, 1]
        aucs.append(roc_auc_score(y.loc[va_idx], p))
        aps.append(average_precision_score(y.loc[va_idx], p))
    return {"roc_auc": float(np.mean(aucs)), "pr_auc": float(np.mean(aps)),
            "roc_auc_sd": float(np.std(aucs))}


def main() -> None:
    setup = Setup()
    df = load(setup)
    table = {
        "prior_baseline": rolling_origin(df, setup, DummyClassifier(strategy="prior")),
        "hgb": rolling_origin(df, setup, HistGradientBoostingClassifier(
            max_iter=300, learning_rate=0.05, l2_regularization=1.0, random_state=2)),
    }
    print(pd.DataFrame(table).T.round(4))


if __name__ == "__main__":
    main()
