"""Churn take-home: score each monthly snapshot with the probability that the
customer churns next month.

Run from the bundle directory: python churn.py
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split

TARGET = "churned"
ID = "snapshot_id"
# post-outcome fields and identifiers never go into the model
DROP = [ID, "customer_id", "snapshot_month", "cancellation_reason", "retention_call_made", TARGET]
CATEGORICAL = ["plan", "region"]


def load(path):
    return pd.read_csv(path)


def explore(df):
    print(df.shape)
    print(df.dtypes)
    print(df[TARGET].value_counts(normalize=True))
    print(df.isna().mean().sort_values(ascending=False).head(10))
    print(df.groupby("plan")[TARGET].mean().sort_values())
    print(df[["tenure_months", "monthly_charges", "usage_gb", "support_tickets"]].describe().T)


def build_features(df, columns=None):
    X = df.drop(columns=[c for c in DROP if c in df.columns])
    X["charges_per_gb"] = X["monthly_charges"] / (X["usage_gb"] + 1)
    X["tickets_per_tenure"] = X["support_tickets"] / (X["tenure_months"] + 1)
    X["has_late_payment"] = (X["late_payments"] > 0).astype(int)
    X = pd.get_dummies(X, columns=CATEGORICAL, dummy_na=True)
    X = X.fillna(-1)
    if columns is not None:
        X = X.reindex(columns=columns, fill_value=0)
    return X


def make_model():
    return RandomForestClassifier(
        n_estimators=400,
        min_samples_leaf=5,
        class_weight="balanced_subsample",
        n_jobs=-1,
        random_state=42,
    )


def evaluate(df):
    X = build_features(df)
    y = df[TARGET]
    X_train, X_test, y_train, y_test = train_test_split(
        X, y, test_size=0.2, stratify=y, random_state=42
    )
    model = make_model()
    model.fit(X_train, y_train)
    proba = model.predict_proba(X_test)[:, 1]
    print(f"ROC AUC: {roc_auc_score(y_test, proba):.4f}")
    print(f"PR AUC:  {average_precision_score(y_test, proba):.4f}")

    importances = pd.Series(model.feature_importances_, index=X.columns)
    print(importances.sort_values(ascending=False).head(15))
    return X.columns


def main():
    df = load("train.csv")
    explore(df)
    columns = evaluate(df)

    model = make_model()
    model.fit(build_features(df), df[TARGET])

    test = load("test.csv")
    X_new = build_features(test, columns=columns)
    out = pd.DataFrame({ID: test[ID], "prediction": model.predict_proba(X_new)[:, 1]})
    out.to_csv("predictions.csv", index=False)
    print("wrote", len(out), "predictions; mean", np.round(out["prediction"].mean(), 4))


if __name__ == "__main__":
    main()
