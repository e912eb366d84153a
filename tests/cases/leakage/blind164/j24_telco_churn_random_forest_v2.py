"""Customer churn - Telco dataset, random forest with a sklearn ColumnTransformer.

Usage: python j24_telco_churn_random_forest_v2.py data/telco_churn.csv
"""
import sys

import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import f1_score, roc_auc_score, classification_report
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

PATH = sys.argv[1] if len(sys.argv) > 1 else "telco_churn.csv"


def load(path):
    df = pd.read_csv(path)
    df["TotalCharges"] = pd.to_numeric(df["TotalCharges"], errors="coerce").fillna(0.0)
    df["Churn"] = df["Churn"].map({"Yes": 1, "No": 0})
    df["charges_ratio"] = df["TotalCharges"] / (df["tenure"] * df["MonthlyCharges"] + 1)
    df["n_services"] = (df[["PhoneService", "OnlineSecurity", "OnlineBackup", "DeviceProtection",
                            "TechSupport", "StreamingTV", "StreamingMovies"]] == "Yes").sum(axis=1)
    return df.drop(columns=["customerID"])


def build_model(num_cols, cat_cols):
    prep = ColumnTransformer([
        ("num", StandardScaler(), num_cols),
        ("cat", OneHotEncoder(handle_unknown="ignore"), cat_cols),
    ])
    rf = RandomForestClassifier(n_estimators=500, min_samples_leaf=4, class_weight="balanced_subsample",
                                random_state=42, n_jobs=-1)
    return Pipeline([("prep", prep), ("rf", rf)])


def main():
    df = load(PATH)
    print(df.shape, "churn rate:", round(df["Churn"].mean(), 3))

    num_cols = df.drop(columns=["Churn"]).select_dtypes(include="number").columns.tolist()
    cat_cols = df.select_dtypes(include="object").columns.tolist()
    print("numeric:", num_cols)
    print("categorical:", cat_cols)

    X = df[num_cols + cat_cols]
    y = df["Churn"]
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=42)

    model = build_model(num_cols, cat_cols).fit(X_train, y_train)
    proba = model.predict_proba(X_test)[:, 1]
    pred = (proba >= 0.5).astype(int)

    dummy = DummyClassifier(strategy="stratified", random_state=42).fit(X_train, y_train)
    dummy_pred = dummy.predict(X_test)

    print(f"random forest : ROC AUC {roc_auc_score(y_test, proba):.3f}  F1 {f1_score(y_test, pred):.3f}")
    print(f"dummy         : F1 {f1_score(y_test, dummy_pred):.3f}")
    print(classification_report(y_test, pred, digits=3))


if __name__ == "__main__":
    main()
