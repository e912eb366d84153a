"""Churn take-home: predict churned_next_month for the October snapshots.

Approach
--------
* a small featurizer class (median impute + scaling for numerics, one-hot for
  plan/region) so the same transformation is applied to train, valid and test
* validation = later months (Jul-Sep) for customers who never appear before July
* histogram gradient boosting, compared with a prior baseline
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.impute import SimpleImputer
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

TARGET = "churned_next_month"
ID = "snapshot_id"
NUMERIC = [
    "tenure_months",
    "monthly_spend",
    "logins_30d",
    "support_tickets_30d",
    "days_since_last_login",
    "spend_per_login",
]
CATEGORICAL = ["plan", "region"]
CUTOFF = pd.Timestamp("2024-07-01")


class ChurnFeaturizer:
    """Wraps a ColumnTransformer so callers only deal with DataFrames."""

    def __init__(self):
        numeric = make_pipeline(SimpleImputer(strategy="median"), StandardScaler())
        self.ct = ColumnTransformer(
            [
                ("num", numeric, NUMERIC),
                ("cat", OneHotEncoder(handle_unknown="ignore"), CATEGORICAL),
            ]
        )

    def fit(self, frame):
        self.ct.fit(frame[NUMERIC + CATEGORICAL])
        return self

    def transform(self, frame):
        return self.ct.transform(frame[NUMERIC + CATEGORICAL])


def load(path):
    df = pd.read_csv(path)
    df["snapshot_month"] = pd.to_datetime(df["snapshot_month"])
    df["spend_per_login"] = df["monthly_spend"] / (df["logins_30d"].fillna(0) + 1)
    return df


def time_group_split(df):
    """Train on Jan-Jun; validate on Jul-Sep rows of customers unseen before July."""
    train_part = df[df["snapshot_month"] < CUTOFF]
    seen = set(train_part["customer_id"])
    later = df[df["snapshot_month"] >= CUTOFF]
    valid_part = later[~later["customer_id"].isin(seen)]
    return train_part, valid_part


def evaluate(name, model, X_tr, y_tr, X_va, y_va):
    model.fit(X_tr, y_tr)
    proba = model.predict_proba(X_va)[:, 1]
    auc = roc_auc_score(y_va, proba)
    ap = average_precision_score(y_va, proba)
    print(f"{name:<10} ROC-AUC={auc:.4f}  PR-AUC={ap:.4f}")
    return auc


def main():
    df = load("train.csv")
    test = load("test.csv")

    featurizer = ChurnFeaturizer().fit(df)
    train_part, valid_part = time_group_split(df)
    print(f"train rows={len(train_part)}  valid rows={len(valid_part)}")

    X_tr, y_tr = featurizer.transform(train_part), train_part[TARGET]
    X_va, y_va = featurizer.transform(valid_part), valid_part[TARGET]

    candidates = {
        "baseline": DummyClassifier(strategy="prior"),
        "hgb": HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05),
    }
    scores = {
        name: evaluate(name, model, X_tr, y_tr, X_va, y_va)
        for name, model in candidates.items()
    }

    final_name = "hgb"
    print(f"lift over baseline: {scores['hgb'] - scores['baseline']:+.4f} AUC")

    final_featurizer = ChurnFeaturizer().fit(df)
    final_model = candidates[final_name]
    final_model.fit(final_featurizer.transform(df), df[TARGET])
    pred = final_model.predict_proba(final_featurizer.transform(test))[:, 1]
    pd.DataFrame({ID: test[ID], "prediction": np.clip(pred, 0, 1)}).to_csv(
        "predictions.csv", index=False
    )


if __name__ == "__main__":
    main()
