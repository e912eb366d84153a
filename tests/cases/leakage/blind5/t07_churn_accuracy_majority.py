"""Churn model, take-home task.

Validation: the model is trained on snapshots up to a cut-off month and checked
on later snapshots of customers that were not in the training months.
"""
import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

TARGET = "churned"
NUM_COLS = ["tenure_months", "monthly_charges", "support_tickets", "usage_gb", "late_payments"]
CAT_COLS = ["plan", "region"]


def load_data():
    train = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
    test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
    return train, test


def eda(train):
    print("rows:", len(train), "customers:", train["customer_id"].nunique())
    print("months:", train["snapshot_month"].dt.to_period("M").nunique())
    print("churn share:", round(train[TARGET].mean(), 4))
    for col in CAT_COLS:
        print(train.groupby(col)[TARGET].agg(["mean", "count"]))
    print(train[NUM_COLS].corrwith(train[TARGET]))


def featurize(df, columns=None):
    X = df[NUM_COLS + CAT_COLS].copy()
    X[NUM_COLS] = X[NUM_COLS].fillna(0)
    X["log_usage"] = np.log1p(X["usage_gb"].clip(lower=0))
    X["many_tickets"] = (X["support_tickets"] >= 3).astype(int)
    X = pd.get_dummies(X, columns=CAT_COLS, dtype=float)
    if columns is not None:
        X = X.reindex(columns=columns, fill_value=0.0)
    return X


def split_by_time(train, holdout_months=3):
    months = sorted(train["snapshot_month"].unique())
    cut = months[-holdout_months - 1]
    early = train[train["snapshot_month"] <= cut]
    late = train[train["snapshot_month"] > cut]
    late = late[~late["customer_id"].isin(set(early["customer_id"]))]
    return early, late


def main():
    train, test = load_data()
    eda(train)

    early, late = split_by_time(train)
    X_early = featurize(early)
    X_late = featurize(late, columns=X_early.columns)

    pipe = Pipeline([
        ("scale", StandardScaler()),
        ("logreg", LogisticRegression(max_iter=1000, C=1.0)),
    ])
    pipe.fit(X_early, early[TARGET])
    acc = accuracy_score(late[TARGET], pipe.predict(X_late))

    majority = early[TARGET].mode()[0]
    majority_acc = accuracy_score(late[TARGET], np.full(len(late), majority))

    print(f"majority-class baseline accuracy: {majority_acc:.4f}")
    print(f"logistic regression accuracy:     {acc:.4f}")

    X_all = featurize(train)
    pipe.fit(X_all, train[TARGET])
    X_test = featurize(test, columns=X_all.columns)
    pd.DataFrame({
        "snapshot_id": test["snapshot_id"],
        "prediction": pipe.predict_proba(X_test)[:, 1],
    }).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
