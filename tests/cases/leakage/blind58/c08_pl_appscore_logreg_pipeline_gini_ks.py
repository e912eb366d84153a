#!/usr/bin/env python
"""PL application model - logistic regression challenger on raw attributes.

Trains on vintages before 2023-07 and validates out-of-time on the rest.
"""
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
import numpy as np
from sklearn.metrics import accuracy_score, confusion_matrix, roc_auc_score, roc_curve
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

TARGET = "default_12m"
ID = "application_id"
SPLIT_MONTH = "2023-07"

NUM_COLS = ["age", "annual_income", "employment_years", "loan_amount", "term_months", "dti",
            "bureau_score", "num_inquiries_6m", "num_open_trades", "revolving_utilization",
            "months_since_last_delinq"]
CAT_COLS = ["employment_type", "residential_status", "purpose", "region"]


def build_model():
    numeric = Pipeline([
        ("impute", SimpleImputer(strategy="median", add_indicator=True)),
        ("scale", StandardScaler()),
    ])
    categorical = Pipeline([
        ("impute", SimpleImputer(strategy="constant", fill_value="missing")),
        ("onehot", OneHotEncoder(handle_unknown="ignore", min_frequency=50)),
    ])
    prep = ColumnTransformer([("num", numeric, NUM_COLS), ("cat", categorical, CAT_COLS)])
    return Pipeline([("prep", prep), ("clf", LogisticRegression(C=0.5, max_iter=2000))])


def add_features(df):
    df = df.copy()
    df["loan_to_income"] = df["loan_amount"] / df["annual_income"].clip(lower=1000)
    df["instalment_proxy"] = df["loan_amount"] / df["term_months"]
    df["has_delinq"] = df["months_since_last_delinq"].notna().astype(int)
    return df


def main():
    df = add_features(pd.read_csv("train.csv"))
    test = add_features(pd.read_csv("test.csv"))
    extra = ["loan_to_income", "instalment_proxy", "has_delinq"]
    NUM_COLS.extend(extra)

    print("rows:", len(df), "| bad rate:", round(df[TARGET].mean(), 4))
    print(df.groupby("application_month")[TARGET].mean().round(3).to_string())

    dev = df[df["application_month"] < SPLIT_MONTH]
    oot = df[df["application_month"] >= SPLIT_MONTH]
    X_cols = NUM_COLS + CAT_COLS

    model = build_model()
    model.fit(dev[X_cols], dev[TARGET])

    proba_oot = model.predict_proba(oot[X_cols])[:, 1]
    pred_oot = (proba_oot >= 0.5).astype(int)
    auc = roc_auc_score(oot[TARGET], proba_oot)
    fpr, tpr, _ = roc_curve(oot[TARGET], proba_oot)
    print(f"OOT AUC: {auc:.4f} | Gini: {2 * auc - 1:.4f} | KS: {np.max(tpr - fpr):.4f}")
    print(f"OOT accuracy @0.5: {accuracy_score(oot[TARGET], pred_oot):.4f}")
    print(confusion_matrix(oot[TARGET], pred_oot))

    coefs = pd.Series(model.named_steps["clf"].coef_[0],
                      index=model.named_steps["prep"].get_feature_names_out())
    print(coefs.sort_values().round(3).to_string())

    model.fit(df[X_cols], df[TARGET])
    out = pd.DataFrame({ID: test[ID], "prediction": model.predict_proba(test[X_cols])[:, 1]})
    out.to_csv("predictions.csv", index=False)
    print("saved predictions.csv", out.shape)


if __name__ == "__main__":
    main()
