"""Churn take-home: logistic regression pipeline.

Predict ``churned_next_month`` from the monthly customer snapshots.
Validation mimics production: fit on earlier months, score later months, and
only for customers the model has never seen (otherwise the same person sits on
both sides and the score is flattering).
"""
from __future__ import annotations

from typing import Dict, List, Tuple

import numpy as np
import pandas as pd
from sklearn.compose import make_column_transformer
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
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
CUTOFF: str = "2023-10-01"


def load_data(path: str) -> pd.DataFrame:
    """Read a snapshot file and parse the month column."""
    df = pd.read_csv(path)
    df["snapshot_month"] = pd.to_datetime(df["snapshot_month"])
    return df


def split_features(df: pd.DataFrame) -> Tuple[pd.DataFrame, pd.Series]:
    """Return (X, y) with the id / post-outcome columns removed."""
    X = df.drop(columns=[c for c in DROP_COLS if c in df.columns])
    y = df[TARGET]
    return X, y


def time_customer_split(df: pd.DataFrame, cutoff: str) -> Tuple[pd.DataFrame, pd.DataFrame]:
    """Months before ``cutoff`` for fitting; later months of unseen customers for scoring."""
    early = df[df["snapshot_month"] < cutoff]
    late = df[df["snapshot_month"] >= cutoff]
    seen = set(early["customer_id"])
    return early, late[~late["customer_id"].isin(seen)]


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
    df = load_data("train.csv").sort_values("snapshot_month")
    print(df.shape, "rows x cols")
    print("positive rate:", round(df[TARGET].mean(), 4))
    print(df.groupby("plan")[TARGET].mean().sort_values())

    early, test_like = time_customer_split(df, CUTOFF)  # test_like = late months, new customers
    print(f"fit rows: {len(early)}, validation rows: {len(test_like)}")

    X_tr, y_tr = split_features(early)
    X_val, y_val = split_features(test_like)
    numeric = [c for c in X_tr.columns if c not in CATEGORICAL]

    baseline = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
    model = build_model(numeric).fit(X_tr, y_tr)

    results = {
        "baseline (prior)": evaluate(baseline, X_val, y_val),
        "logreg": evaluate(model, X_val, y_val),
    }
    for name, metrics in results.items():
        print(f"{name:>18}: {metrics}")

    # refit on every labelled month before predicting the platform's test months
    X_all, y_all = split_features(df)
    final = build_model(numeric).fit(X_all, y_all)
    test = load_data("test.csv")
    X_test, _ = split_features(test.assign(**{TARGET: np.nan}))
    pd.DataFrame(
        {"snapshot_id": test["snapshot_id"], "prediction": final.predict_proba(X_test)[:, 1]}
    ).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
