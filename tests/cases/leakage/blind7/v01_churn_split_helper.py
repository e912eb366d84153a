"""Churn take-home: predict `churned` for each monthly snapshot in test.csv."""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.impute import SimpleImputer
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder

TARGET = "churned"
NUMERIC = ["tenure_months", "monthly_charges", "support_tickets", "usage_gb", "late_payments"]
CATEGORICAL = ["plan", "region"]
DROP = ["snapshot_id", "customer_id", "snapshot_month", "cancellation_reason", "retention_call_made"]


def load(path="train.csv"):
    df = pd.read_csv(path, parse_dates=["snapshot_month"])
    print(df.shape)
    print(df[TARGET].value_counts(normalize=True))
    print(df.isna().mean().sort_values(ascending=False).head(8))
    return df


def add_features(df):
    df = df.copy()
    df["charges_per_gb"] = df["monthly_charges"] / (df["usage_gb"] + 1)
    df["tickets_per_tenure"] = df["support_tickets"] / (df["tenure_months"] + 1)
    df["has_late"] = (df["late_payments"] > 0).astype(int)
    return df


def make_split(df, test_size=0.2, seed=42):
    """Return X_train, X_test, y_train, y_test from the raw frame."""
    idx = df.index.values
    tr_idx, te_idx = train_test_split(
        idx, test_size=test_size, stratify=df[TARGET], random_state=seed
    )
    features = df.drop(columns=DROP + [TARGET])
    X_train = features.loc[tr_idx]
    X_test = features.loc[te_idx]
    y_train = df.loc[tr_idx, TARGET]
    y_test = df.loc[te_idx, TARGET]
    return X_train, X_test, y_train, y_test


def build_model():
    num = NUMERIC + ["charges_per_gb", "tickets_per_tenure", "has_late"]
    pre = ColumnTransformer(
        [
            ("num", SimpleImputer(strategy="median"), num),
            ("cat", OneHotEncoder(handle_unknown="ignore"), CATEGORICAL),
        ]
    )
    clf = GradientBoostingClassifier(n_estimators=300, learning_rate=0.05, max_depth=3, random_state=0)
    return Pipeline([("pre", pre), ("clf", clf)])


def evaluate(name, y_true, proba):
    auc = roc_auc_score(y_true, proba)
    ap = average_precision_score(y_true, proba)
    print(f"{name:<12} ROC-AUC={auc:.4f}  PR-AUC={ap:.4f}")
    return auc, ap


def main():
    df = add_features(load())
    X_train, X_test, y_train, y_test = make_split(df)
    print("train", X_train.shape, "test", X_test.shape)

    dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)
    evaluate("dummy", y_test, dummy.predict_proba(X_test)[:, 1])

    model = build_model()
    model.fit(X_train, y_train)
    evaluate("gbm", y_test, model.predict_proba(X_test)[:, 1])

    # refit on everything for the submission
    full = df.drop(columns=DROP + [TARGET])
    model.fit(full, df[TARGET])

    test = add_features(pd.read_csv("test.csv", parse_dates=["snapshot_month"]))
    preds = model.predict_proba(test.drop(columns=DROP, errors="ignore"))[:, 1]
    pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": preds}).to_csv(
        "predictions.csv", index=False
    )
    print("wrote predictions.csv", len(preds))


if __name__ == "__main__":
    main()
