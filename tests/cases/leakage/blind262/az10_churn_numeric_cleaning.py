# churn_numeric_cleaning.py
# Take-home, task: churn snapshots. Author notes in comments.
#
# I prefer doing the numeric cleaning in pandas where I can see it, and keeping
# the sklearn part small. The cleaning statistics (medians, clip bounds,
# mean/std) are learned from the training months and re-used as-is on the
# validation months, like a fitted scaler would be.

from dataclasses import dataclass
from typing import Dict, List, Tuple

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, brier_score_loss, roc_auc_score

TARGET = "churned_next_month"
NUMERIC: List[str] = [
    "tenure_months",
    "monthly_charges",
    "support_tickets_30d",
    "logins_30d",
    "days_since_last_login",
    "late_payments_12m",
]


@dataclass
class SplitConfig:
    cutoff: str = "2023-09-01"
    drop_seen_customers: bool = True


@dataclass
class NumericStats:
    median: pd.Series
    lo: pd.Series
    hi: pd.Series
    mean: pd.Series
    std: pd.Series


def learn_stats(df: pd.DataFrame, cols: List[str]) -> NumericStats:
    """All statistics come from the frame passed in (the training months)."""
    filled = df[cols].fillna(df[cols].median())
    lo, hi = filled.quantile(0.01), filled.quantile(0.99)
    clipped = filled.clip(lo, hi, axis=1)
    return NumericStats(df[cols].median(), lo, hi, clipped.mean(), clipped.std())


def clean_numeric(df: pd.DataFrame, cols: List[str], st: NumericStats) -> pd.DataFrame:
    """Impute, clip and z-score with previously learned statistics."""
    out = df.copy()
    out[cols] = out[cols].fillna(st.median).clip(st.lo, st.hi, axis=1)
    out[cols] = (out[cols] - st.mean) / st.std
    return out


def add_plan_dummies(df: pd.DataFrame) -> pd.DataFrame:
    return pd.get_dummies(df, columns=["plan"], prefix="plan", dtype=float)


def split_by_time(df: pd.DataFrame, cfg: SplitConfig) -> Tuple[pd.DataFrame, pd.DataFrame]:
    """Earlier months train; later months validate (new customers only)."""
    month = pd.to_datetime(df["snapshot_month"])
    fit_part = df[month < cfg.cutoff]
    val_part = df[month >= cfg.cutoff]
    if cfg.drop_seen_customers:
        val_part = val_part[~val_part["customer_id"].isin(fit_part["customer_id"])]
    return fit_part, val_part


def metrics(y: pd.Series, p: np.ndarray) -> Dict[str, float]:
    return {
        "auc": roc_auc_score(y, p),
        "ap": average_precision_score(y, p),
        "brier": brier_score_loss(y, p),
    }


df = pd.read_csv("train.csv")
print(df.shape)
print(df[NUMERIC].isna().mean().round(3))
print(df[NUMERIC].describe().T[["mean", "50%", "max"]])  # just looking

df = add_plan_dummies(df)
fit_part, val_part = split_by_time(df, SplitConfig())
print("fit:", fit_part.shape, "val:", val_part.shape)

stats = learn_stats(fit_part, NUMERIC)
fit_part = clean_numeric(fit_part, NUMERIC, stats)
val_part = clean_numeric(val_part, NUMERIC, stats)
feature_cols = NUMERIC + [c for c in df.columns if c.startswith("plan_")]

X_fit, y_fit = fit_part[feature_cols], fit_part[TARGET]
X_val, y_val = val_part[feature_cols], val_part[TARGET]

baseline = DummyClassifier(strategy="prior").fit(X_fit, y_fit)
model = LogisticRegression(max_iter=1000, C=0.3).fit(X_fit, y_fit)

print("baseline:", metrics(y_val, baseline.predict_proba(X_val)[:, 1]))
print("logreg  :", metrics(y_val, model.predict_proba(X_val)[:, 1]))

coefs = pd.Series(model.coef_[0], index=feature_cols).sort_values()
print(coefs)
