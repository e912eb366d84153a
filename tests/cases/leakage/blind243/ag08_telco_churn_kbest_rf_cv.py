#!/usr/bin/env python
# -*- coding: utf-8 -*-
"""
Telco Customer Churn (IBM sample data, Kaggle "blastchar/telco-customer-churn")
Random forest on the top-k features by mutual information, 5-fold CV.
"""
import warnings

import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.feature_selection import SelectKBest, mutual_info_classif
from sklearn.model_selection import StratifiedKFold, cross_validate
from sklearn.pipeline import Pipeline

warnings.filterwarnings("ignore")

K_BEST = 15
SEED = 2021


def load(path="WA_Fn-UseC_-Telco-Customer-Churn.csv"):
    df = pd.read_csv(path)
    # TotalCharges is a string with blanks for brand-new customers
    df["TotalCharges"] = pd.to_numeric(df["TotalCharges"], errors="coerce").fillna(0.0)
    df["Churn"] = df["Churn"].map({"Yes": 1, "No": 0})
    df["SeniorCitizen"] = df["SeniorCitizen"].astype(int)
    return df.drop(columns=["customerID"])


def main():
    df = load()
    print(df.shape)
    print("churn rate: {:.1%}".format(df["Churn"].mean()))

    y = df["Churn"]
    X = pd.get_dummies(df.drop(columns=["Churn"]), drop_first=True).astype(float)
    print("n features after one-hot:", X.shape[1])

    # selection lives in the pipeline -> re-done inside every CV fold
    cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED)
    scoring = ["roc_auc", "f1", "precision", "recall"]

    models = {
        "dummy (prior)": DummyClassifier(strategy="prior"),
        "random forest": Pipeline([
            ("select", SelectKBest(mutual_info_classif, k=K_BEST)),
            ("rf", RandomForestClassifier(
                n_estimators=400, min_samples_leaf=5, class_weight="balanced", random_state=SEED, n_jobs=-1
            )),
        ]),
    }
    for name, model in models.items():
        res = cross_validate(model, X, y, cv=cv, scoring=scoring)
        line = "  ".join(f"{m}={res['test_' + m].mean():.3f}" for m in scoring)
        print(f"{name:15s} {line}")

    # which columns does the selector like when it sees all the data? (for the write-up only)
    final = models["random forest"].fit(X, y)
    kept = X.columns[final.named_steps["select"].get_support()]
    print("kept on full fit:", list(kept))


if __name__ == "__main__":
    main()
