"""Churn take-home -- experiment runner.

Holdout by time *and* customer: fit on snapshots before the cutoff, validate on
snapshots from the cutoff on, restricted to customers absent from the fitting
months, so the model neither sees the future nor memorises individuals.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import List

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import FunctionTransformer, OneHotEncoder, StandardScaler

TARGET = "churned_next_month"
NUMERIC: List[str] = ["tenure_months", "monthly_charges", "support_tickets_30d",
                      "logins_30d", "days_since_last_login"]
CATEGORICAL: List[str] = ["plan", "payment_method", "region"]
CUTOFF = pd.Timestamp("2023-10-01")


@dataclass
class Result:
    name: str
    roc_auc: float
    pr_auc: float


def month_of_year(X: pd.DataFrame) -> np.ndarray:
    """Seasonality as a cyclical encoding of the calendar month."""
    m = pd.to_datetime(X.iloc[:, 0]).dt.month
    return np.c_[np.sin(2 * np.pi * m / 12), np.cos(2 * np.pi * m / 12)]


def build() -> ColumnTransformer:
    return ColumnTransformer([
        ("num", make_pipeline(SimpleImputer(strategy="median"), FunctionTransformer(np.log1p), StandardScaler()), NUMERIC),
        ("cat", OneHotEncoder(handle_unknown="ignore"), CATEGORICAL),
        ("season", FunctionTransformer(month_of_year), ["snapshot_month"]),
    ])


def run(name: str, model, X_fit, y_fit, X_val, y_val) -> Result:
    model.fit(X_fit, y_fit)
    p = model.predict_proba(X_val)[:, 1]
    return Result(name, round(roc_auc_score(y_val, p), 4), round(average_precision_score(y_val, p), 4))


df = pd.read_csv("train.csv")
print(df[[TARGET] + NUMERIC].describe().T)

month = pd.to_datetime(df["snapshot_month"])
fit_df = df[month < CUTOFF]
val_df = df[(month >= CUTOFF) & ~df["customer_id"].isin(fit_df["customer_id"])]
assert set(fit_df.customer_id).isdisjoint(val_df.customer_id)
assert pd.to_datetime(fit_df.snapshot_month).max() < pd.to_datetime(val_df.snapshot_month).min()

cols = NUMERIC + CATEGORICAL + ["snapshot_month"]
results = [
    run("prior baseline", make_pipeline(build(), DummyClassifier(strategy="prior")),
        fit_df[cols], fit_df[TARGET], val_df[cols], val_df[TARGET]),
    run("logreg", make_pipeline(build(), LogisticRegression(max_iter=2000, C=0.5)),
        fit_df[cols], fit_df[TARGET], val_df[cols], val_df[TARGET]),
]
print(pd.DataFrame([asdict(r) for r in results]).set_index("name"))
