#!/usr/bin/env python
"""Telco churn: logistic regression in a ColumnTransformer pipeline.

Cross-validated on the full labelled file with a majority-class reference model.
Usage: python churn_cv.py --data Telco-Customer-Churn.csv
"""
import argparse

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_validate
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

NUMERIC = ["tenure", "MonthlyCharges", "TotalCharges", "SeniorCitizen"]
CATEGORICAL = ["gender", "Partner", "Dependents", "PhoneService", "MultipleLines",
               "InternetService", "OnlineSecurity", "OnlineBackup", "DeviceProtection",
               "TechSupport", "StreamingTV", "StreamingMovies", "Contract",
               "PaperlessBilling", "PaymentMethod"]


def build_model(C=1.0):
    prep = ColumnTransformer([
        ("num", make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), NUMERIC),
        ("cat", OneHotEncoder(handle_unknown="ignore"), CATEGORICAL),
    ])
    return Pipeline([("prep", prep),
                     ("lr", LogisticRegression(C=C, max_iter=1000))])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="Telco-Customer-Churn.csv")
    ap.add_argument("--folds", type=int, default=5)
    args = ap.parse_args()

    df = pd.read_csv(args.data)
    df["TotalCharges"] = pd.to_numeric(df["TotalCharges"], errors="coerce")
    y = (df["Churn"] == "Yes").astype(int)
    X = df[NUMERIC + CATEGORICAL]

    cv = StratifiedKFold(n_splits=args.folds, shuffle=True, random_state=42)
    scoring = ["roc_auc", "average_precision", "f1"]

    for name, est in [("majority", DummyClassifier(strategy="most_frequent")),
                      ("logreg", build_model(C=0.3))]:
        res = cross_validate(est, X, y, cv=cv, scoring=scoring)
        summary = {k: np.mean(v) for k, v in res.items() if k.startswith("test_")}
        print(name, {k: round(v, 3) for k, v in summary.items()})


if __name__ == "__main__":
    main()
