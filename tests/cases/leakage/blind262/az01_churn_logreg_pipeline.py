"""Churn take-home: logistic regression pipeline.

Predict ``churned_next_month`` from the monthly customer snapshots.
Everything is wrapped in small typed helpers so the notebook-free run is
reproducible with ``python az01_churn_logreg_pipeline.py``.
"""
from __future__ import annotations

from typing import Dict, List

import numpy as np
import pandas as pd
from sklearn.compose import make_column_transformer
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

TARGET: str = "churned_next_month"
DROP_COLS: List[str] = [
    "snapshot_id",
    "customer_id",
    "snapshot_month",
    "retention_offer_accepted",   # only known after the retention call
    "account_closed_date_known",  # same, post-outcome
    TARGET,
]
CATEGORICAL: List[str] = ["plan", "payment_method", "region"]
RANDOM_STATE: int = 7


def load_data(path: str) -> pd.DataFrame:
    """Read a snapshot file and parse the month column."""
    df = pd.read_csv(path)
    df["snapshot_month"] = pd.to_datetime(df["snapshot_month"])
    return df


def split_features(df: pd.DataFrame) -> tuple[pd.DataFrame, pd.Series]:
    """Return (X, y) with the id / post-outcome columns removed."""
    X = df.drop(columns=[c for c in DROP_COLS if c in df.columns])
    y = df[TARGET]
    return X, y


def build_model(numeric: List[str]) -> Pipeline:
    """Scaler + one-hot + L2 logistic regression."""
    pre = make_column_transformer(
        (StandardScaler(), numeric),
        (OneHotEncoder(handle_unknown="ignore"), CATEGORICAL),
    )
    return make_pipeline(pre, LogisticRegression(max_iter=2000, class_weight="balanced"))


def evaluate(model, X: pd.DataFrame, y: pd.Series) -> Dict[str, float]:
    """Ranking metrics only; accuracy is useless at a 5% positive rate."""
    proba = model.predict_proba(X)[:, 1]
    return {
        "roc_auc": round(roc_auc_score(y, proba), 4),
        "avg_precision": round(average_precision_score(y, proba), 4),
    }


def main() -> None:
    df = load_data("train.csv")
    print(df.shape, "rows x cols")
    print("positive rate:", round(df[TARGET].mean(), 4))
    print(df.groupby("plan")[TARGET].mean().sort_values())

    X, y = split_features(df)
    numeric = [c for c in X.columns if c not in CATEGORICAL]

    # stratified so both halves keep the ~5% churners
    X_tr, X_val, y_tr, y_val = train_test_split(
        X, y, test_size=0.2, stratify=y, random_state=RANDOM_STATE
    )

    baseline = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
    model = build_model(numeric).fit(X_tr, y_tr)

    results = {
        "baseline (prior)": evaluate(baseline, X_val, y_val),
        "logreg": evaluate(model, X_val, y_val),
    }
    for name, metrics in results.items():
        print(f"{name:>18}: {metrics}")

    # predictions for the platform
    test = load_data("test.csv")
    X_test, _ = split_features(test.assign(**{TARGET: np.nan}))
    pd.DataFrame(
        {"snapshot_id": test["snapshot_id"], "prediction": model.predict_proba(X_test)[:, 1]}
    ).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
