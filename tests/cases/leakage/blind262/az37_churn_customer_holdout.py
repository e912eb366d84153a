"""Churn take-home -- experiment runner.

Holdout by customer: a customer's snapshots are either all in the fitting set
or all in the validation set, so the model cannot memorise individuals.
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
from sklearn.model_selection import GroupShuffleSplit
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import FunctionTransformer, OneHotEncoder, StandardScaler

TARGET = "churned_next_month"
NUMERIC: List[str] = ["tenure_months", "monthly_charges", "support_tickets_30d",
                      "logins_30d", "days_since_last_login"]
CATEGORICAL: List[str] = ["plan", "payment_method", "region"]


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

splitter = GroupShuffleSplit(n_splits=1, test_size=0.25, random_state=17)
fit_idx, val_idx = next(splitter.split(df, df[TARGET], groups=df["customer_id"]))
fit_df, val_df = df.iloc[fit_idx], df.iloc[val_idx]
assert set(fit_df.customer_id).isdisjoint(val_df.customer_id)

cols = NUMERIC + CATEGORICAL + ["snapshot_month"]
results = [
    run("prior baseline", make_pipeline(build(), DummyClassifier(strategy="prior")),
        fit_df[cols], fit_df[TARGET], val_df[cols], val_df[TARGET]),
    run("logreg", make_pipeline(build(), LogisticRegression(max_iter=2000, C=0.5)),
        fit_df[cols], fit_df[TARGET], val_df[cols], val_df[TARGET]),
]
print(pd.DataFrame([asdict(r) for r in results]).set_index("name"))
