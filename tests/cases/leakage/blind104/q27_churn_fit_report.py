"""Bank customer churn model - fit and report.

python churn_model.py --data train.csv --model-out churn_rf.joblib
"""
import argparse
import json

import joblib
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score, classification_report, roc_auc_score

FEATURES_NUM = ["CreditScore", "Age", "Tenure", "Balance", "NumOfProducts",
                "HasCrCard", "IsActiveMember", "EstimatedSalary"]
FEATURES_CAT = ["Geography", "Gender"]
TARGET = "Exited"


def build_matrix(df):
    X = df[FEATURES_NUM + FEATURES_CAT].copy()
    X["balance_to_salary"] = X["Balance"] / (X["EstimatedSalary"] + 1.0)
    X["zero_balance"] = (X["Balance"] == 0).astype(int)
    X = pd.get_dummies(X, columns=FEATURES_CAT)
    return X


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="train.csv")
    ap.add_argument("--model-out", default="churn_rf.joblib")
    ap.add_argument("--n-estimators", type=int, default=500)
    args = ap.parse_args()

    df = pd.read_csv(args.data)
    df = df.drop(columns=["RowNumber", "CustomerId", "Surname"], errors="ignore")
    X = build_matrix(df)
    y = df[TARGET]
    print(f"{len(df)} customers, churn rate {y.mean():.3f}")

    rf = RandomForestClassifier(n_estimators=args.n_estimators, min_samples_leaf=3,
                                class_weight="balanced", n_jobs=-1, random_state=0)
    rf.fit(X, y)

    proba = rf.predict_proba(X)[:, 1]
    pred = rf.predict(X)
    metrics = {
        "accuracy": accuracy_score(y, pred),
        "roc_auc": roc_auc_score(y, proba),
    }
    print(classification_report(y, pred, digits=3))
    print(json.dumps(metrics, indent=2))

    importances = pd.Series(rf.feature_importances_, index=X.columns).sort_values(ascending=False)
    print(importances.head(10))

    joblib.dump(rf, args.model_out)
    with open("metrics.json", "w") as fh:
        json.dump(metrics, fh, indent=2)


if __name__ == "__main__":
    main()
