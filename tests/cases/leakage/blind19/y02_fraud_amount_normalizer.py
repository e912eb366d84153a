"""Card-fraud scorer with a robust amount normaliser."""
from __future__ import annotations

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split

DATA_PATH = "data/transactions.csv"
TARGET = "is_fraud"
ID_COL = "transaction_id"
NON_FEATURES = [TARGET, ID_COL, "chargeback_flag", "merchant_id"]
SCALED = ["amount", "avg_amount_30d", "n_txn_24h", "account_age_days",
          "customer_age", "amount_vs_30d"]


class RobustFrameScaler(BaseEstimator, TransformerMixin):
    """Median / IQR scaling that keeps the DataFrame and its column names."""

    def __init__(self, columns: list[str] | None = None):
        self.columns = columns

    def fit(self, X: pd.DataFrame, y=None) -> "RobustFrameScaler":
        cols = self.columns or list(X.columns)
        self.median_ = X[cols].median()
        q = X[cols].quantile([0.25, 0.75])
        self.iqr_ = (q.loc[0.75] - q.loc[0.25]).replace(0, 1.0)
        return self

    def transform(self, X: pd.DataFrame) -> pd.DataFrame:
        X = X.copy()
        cols = list(self.median_.index)
        X[cols] = (X[cols] - self.median_) / self.iqr_
        return X


def engineer(df: pd.DataFrame) -> pd.DataFrame:
    """Row-wise features; no statistics are learned here."""
    out = df.copy()
    out["log_amount"] = np.log1p(out["amount"])
    out["amount_vs_30d"] = out["amount"] / (out["avg_amount_30d"] + 1.0)
    out["night"] = out["hour"].between(0, 5).astype(int)
    return pd.get_dummies(out, columns=["merchant_category", "device_type"], drop_first=True)


def prepare(df: pd.DataFrame) -> tuple[pd.DataFrame, pd.Series]:
    """Return the model matrix and the label."""
    feats = engineer(df)
    X = feats.drop(columns=NON_FEATURES)
    y = feats[TARGET]
    scaler = RobustFrameScaler(columns=SCALED)
    return scaler.fit_transform(X), y


def score(model, X: pd.DataFrame, y: pd.Series) -> dict[str, float]:
    proba = model.predict_proba(X)[:, 1]
    return {"roc_auc": roc_auc_score(y, proba), "pr_auc": average_precision_score(y, proba)}


def main() -> None:
    df = pd.read_csv(DATA_PATH)
    X, y = prepare(df)
    X_tr, X_te, y_tr, y_te = train_test_split(
        X, y, test_size=0.25, stratify=y, random_state=7
    )

    models = {
        "dummy": DummyClassifier(strategy="stratified", random_state=7),
        "logreg": LogisticRegression(max_iter=3000, class_weight="balanced"),
    }
    rows = []
    for name, model in models.items():
        model.fit(X_tr, y_tr)
        rows.append({"model": name, **score(model, X_te, y_te)})
    print(pd.DataFrame(rows).set_index("model").round(4))


if __name__ == "__main__":
    main()
