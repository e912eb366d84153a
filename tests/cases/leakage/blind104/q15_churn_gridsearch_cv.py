"""Telco churn: depth and leaf size tuned by cross-validation on the training part.

python train_churn.py --data train.csv
"""
import argparse
import json

import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import f1_score, roc_auc_score
from sklearn.model_selection import GridSearchCV, StratifiedKFold, train_test_split

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

    grid = GridSearchCV(
        RandomForestClassifier(n_estimators=300, random_state=args.seed, n_jobs=-1),
        param_grid={"max_depth": [3, 4, 6, 8, 10, 12, None], "min_samples_leaf": [1, 5, 20]},
        scoring="roc_auc",
        cv=StratifiedKFold(n_splits=5, shuffle=True, random_state=args.seed),
    )
    grid.fit(X_train, y_train)
    print("best params (CV):", grid.best_params_, "cv AUC:", round(grid.best_score_, 4))

    dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)
    proba = grid.predict_proba(X_test)[:, 1]
    metrics = {
        "best_params": grid.best_params_,
        "cv_roc_auc": grid.best_score_,
        "baseline_roc_auc": roc_auc_score(y_test, dummy.predict_proba(X_test)[:, 1]),
        "test_roc_auc": roc_auc_score(y_test, proba),
        "test_f1": f1_score(y_test, (proba >= 0.5).astype(int)),
    }
    print(json.dumps(metrics, indent=2, default=str))
    with open("metrics.json", "w") as fh:
        json.dump(metrics, fh, indent=2, default=str)


if __name__ == "__main__":
    main()
