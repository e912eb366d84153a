"""Fraud: prune weak features with a correlation filter, then cross-validate.

The filter is a tiny sklearn transformer so it can be reused / unit-tested.
"""
from typing import Dict, List, Optional

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import StratifiedKFold, cross_validate
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import FunctionTransformer


class CorrelationFilter(BaseEstimator, TransformerMixin):
    """Keep the columns whose |Pearson r| with the label is at least ``min_abs_corr``."""

    def __init__(self, min_abs_corr: float = 0.02):
        self.min_abs_corr = min_abs_corr

    def fit(self, X: pd.DataFrame, y: pd.Series) -> "CorrelationFilter":
        X = pd.DataFrame(X)
        corr = X.apply(lambda col: np.corrcoef(col, y)[0, 1] if col.std() > 0 else 0.0)
        self.corr_: pd.Series = corr.abs()
        self.keep_: List[str] = list(self.corr_[self.corr_ >= self.min_abs_corr].index)
        return self

    def transform(self, X: pd.DataFrame) -> pd.DataFrame:
        return pd.DataFrame(X)[self.keep_]


def add_ratios(X: pd.DataFrame) -> pd.DataFrame:
    X = X.copy()
    X["amount_per_txn24"] = X["amount"] / (X["txn_count_24h"] + 1)
    X["log_amount"] = np.log1p(X["amount"])
    return X


def summarise(cv_out: Dict[str, np.ndarray]) -> Dict[str, str]:
    return {k.replace("test_", ""): f"{v.mean():.4f} +/- {v.std():.4f}"
            for k, v in cv_out.items() if k.startswith("test_")}


def main(path: str = "train.csv", threshold: Optional[float] = 0.02) -> None:
    df = pd.read_csv(path)
    y = df["is_fraud"]
    X = pd.get_dummies(
        df.drop(columns=["transaction_id", "card_id", "timestamp", "chargeback_flag", "is_fraud"]),
        columns=["merchant_category", "country", "device_type"],
        dtype=float,
    )
    X = add_ratios(X)
    print(f"{X.shape[1]} candidate features")

    filt = CorrelationFilter(min_abs_corr=threshold).fit(X, y)
    X_kept = filt.transform(X)
    print(f"kept {len(filt.keep_)}:", filt.corr_.sort_values(ascending=False).head(12).round(3).to_dict())

    cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
    scoring = ["roc_auc", "average_precision"]
    rf = RandomForestClassifier(n_estimators=300, min_samples_leaf=5, n_jobs=-1, random_state=0)
    dummy = DummyClassifier(strategy="prior")

    print("dummy baseline:", summarise(cross_validate(dummy, X_kept, y, cv=cv, scoring=scoring)))
    print("random forest :", summarise(cross_validate(rf, X_kept, y, cv=cv, scoring=scoring)))


if __name__ == "__main__":
    main()
