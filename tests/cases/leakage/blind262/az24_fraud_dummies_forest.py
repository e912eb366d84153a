# Fraud take-home -- random forest on the numeric columns + dummies
# Author: candidate
# Notes: I keep the code in small functions with type hints so it can be tested.

from typing import Dict, List, Tuple

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline

# chargeback_flag is filled in when the cardholder disputes, weeks after the
# transaction -> not available at scoring time.
NOT_FEATURES: List[str] = ["transaction_id", "card_id", "is_fraud", "chargeback_flag"]


class DropColumns(BaseEstimator, TransformerMixin):
    """Remove a fixed list of columns (no state learned)."""

    def __init__(self, columns: List[str]):
        self.columns = columns

    def fit(self, X, y=None):
        return self

    def transform(self, X: pd.DataFrame) -> pd.DataFrame:
        return X.drop(columns=[c for c in self.columns if c in X.columns])


def read(path: str) -> pd.DataFrame:
    df = pd.read_csv(path, parse_dates=["timestamp"])
    df["dow"] = df["timestamp"].dt.dayofweek
    return df.drop(columns=["timestamp"])


def to_matrix(df: pd.DataFrame) -> pd.DataFrame:
    """Everything except ids/label/post-event columns; categoricals one-hot encoded."""
    X = DropColumns(NOT_FEATURES).fit_transform(df)
    return pd.get_dummies(X, columns=["merchant_category", "country", "device_type"], dtype=np.uint8)


def evaluate(model, X: pd.DataFrame, y: pd.Series) -> Dict[str, float]:
    p = model.predict_proba(X)[:, 1]
    return {"auc": round(roc_auc_score(y, p), 4), "ap": round(average_precision_score(y, p), 4)}


df = read("train.csv")
print(df.dtypes)
print(df[["amount", "chargeback_flag", "is_fraud"]].corr().round(3))  # chargebacks line up with fraud -- too well

X = to_matrix(df)   # dummies on the full frame: just a column layout, nothing learned
y = df["is_fraud"]
print("feature count:", X.shape[1])

X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.3, stratify=y, random_state=5)

forest = RandomForestClassifier(
    n_estimators=500, min_samples_leaf=3, class_weight="balanced_subsample", n_jobs=-1, random_state=5
).fit(X_tr, y_tr)
baseline = DummyClassifier(strategy="prior").fit(X_tr, y_tr)

print("baseline     ", evaluate(baseline, X_te, y_te))
print("random forest", evaluate(forest, X_te, y_te))

top = pd.Series(forest.feature_importances_, index=X.columns).nlargest(10)
print(top)
