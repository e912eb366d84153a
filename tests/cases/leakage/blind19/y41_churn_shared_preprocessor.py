"""Churn scoring with one shared preprocessor for all periods."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.preprocessing import OneHotEncoder, StandardScaler


@dataclass
class Config:
    source: str = "data/churn_snapshots.csv"
    test_start: str = "2023-09-01"
    numeric: list[str] = field(default_factory=lambda: [
        "tenure_months", "monthly_charges", "total_charges", "support_tickets",
        "late_payments", "data_usage_gb", "num_products"])
    categorical: list[str] = field(default_factory=lambda: ["plan_type", "contract_type", "region"])
    label: str = "churned_next_month"


def fit_preprocessor(frames: Sequence[pd.DataFrame], cfg: Config) -> ColumnTransformer:
    """Fit scaling and encoding once so every period shares the same columns and scale."""
    stacked = pd.concat(list(frames), ignore_index=True)
    ct = ColumnTransformer([
        ("num", StandardScaler(), cfg.numeric),
        ("cat", OneHotEncoder(handle_unknown="ignore", sparse_output=False), cfg.categorical),
    ])
    return ct.fit(stacked[cfg.numeric + cfg.categorical])


def periods(df: pd.DataFrame, cfg: Config) -> tuple[pd.DataFrame, pd.DataFrame]:
    train = df[df["snapshot_month"] < cfg.test_start]
    test = df[df["snapshot_month"] >= cfg.test_start]
    test = test.loc[~test["customer_id"].isin(train["customer_id"].unique())]
    return train, test


def main() -> None:
    cfg = Config()
    df = pd.read_csv(cfg.source, parse_dates=["snapshot_month"])
    df["total_charges"] = df["total_charges"].fillna(df["monthly_charges"] * df["tenure_months"])
    train, test = periods(df, cfg)

    ct = fit_preprocessor([train, test], cfg)
    cols = cfg.numeric + cfg.categorical
    X_train, X_test = ct.transform(train[cols]), ct.transform(test[cols])
    y_train, y_test = train[cfg.label].to_numpy(), test[cfg.label].to_numpy()

    scores = {}
    for name, clf in {"baseline": DummyClassifier(strategy="prior"),
                      "logreg": LogisticRegression(max_iter=3000, class_weight="balanced", C=0.1)}.items():
        clf.fit(X_train, y_train)
        p = clf.predict_proba(X_test)[:, 1]
        scores[name] = {"roc_auc": roc_auc_score(y_test, p), "pr_auc": average_precision_score(y_test, p)}
    print(pd.DataFrame(scores).T.round(4))
    print("test churners:", int(np.sum(y_test)), "/", len(y_test))


if __name__ == "__main__":
    main()
