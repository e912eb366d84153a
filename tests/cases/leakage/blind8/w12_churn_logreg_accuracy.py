"""Churn take-home -- logistic regression on snapshot features.

Validation: snapshots from the final three months of train.csv, for customers
who have no snapshot in the earlier months.
"""
import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score
from sklearn.preprocessing import StandardScaler

TARGET = "churned_next_month"
NUM = ["tenure_months", "monthly_charges", "support_tickets_90d", "logins_30d", "payment_failures"]
CAT = ["plan", "region", "contract_type"]


def features(frame, columns=None):
    X = frame[NUM].fillna(0).copy()
    X["log_charges"] = np.log1p(X["monthly_charges"])
    X["any_failure"] = (X["payment_failures"] > 0).astype(int)
    X = X.join(pd.get_dummies(frame[CAT], dtype=float))
    if columns is not None:
        X = X.reindex(columns=columns, fill_value=0.0)
    return X


def main():
    df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
    test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
    print(df.shape, "churn rate", df[TARGET].mean())

    months = np.sort(df["snapshot_month"].unique())
    tr = df[df["snapshot_month"] < months[-3]]
    va = df[(df["snapshot_month"] >= months[-3]) & ~df["customer_id"].isin(tr["customer_id"])]

    X_tr = features(tr)
    X_va = features(va, X_tr.columns)
    scaler = StandardScaler().fit(X_tr)

    clf = LogisticRegression(max_iter=2000, C=0.5, class_weight={0: 1, 1: 4})
    clf.fit(scaler.transform(X_tr), tr[TARGET])
    proba = clf.predict_proba(scaler.transform(X_va))[:, 1]
    pred = (proba >= 0.5).astype(int)

    majority = np.zeros(len(va), dtype=int)
    print("baseline (always 'stays') accuracy:", round(accuracy_score(va[TARGET], majority), 4))
    print("logreg accuracy:                  ", round(accuracy_score(va[TARGET], pred), 4))
    print("flagged as churners:", int(pred.sum()), "of", len(pred))

    # refit on all of train.csv for the submission
    X_all = features(df)
    scaler = StandardScaler().fit(X_all)
    clf.fit(scaler.transform(X_all), df[TARGET])
    X_sub = features(test, X_all.columns)
    out = pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": clf.predict_proba(scaler.transform(X_sub))[:, 1]})
    out.to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
