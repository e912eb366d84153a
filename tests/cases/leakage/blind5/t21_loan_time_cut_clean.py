"""Loan default take-home.

Out-of-time validation: fit on applications before VALID_START, evaluate on
applications from VALID_START on, restricted to borrowers with no application
in the fitting period (a returning borrower's history would otherwise be shared
by both sides).
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, brier_score_loss, roc_auc_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

TARGET = "defaulted"
VALID_START = "2022-07-01"
NUMERIC = ["income", "loan_amount", "dti", "prior_loans", "employment_years",
           "log_income", "loan_to_income", "app_month"]
CATEGORICAL = ["term", "grade"]
# collections_status and recovery_amount only exist once a loan has gone bad


def load(path):
    df = pd.read_csv(path, parse_dates=["application_date"])
    df["log_income"] = np.log1p(df["income"].clip(lower=0))
    df["loan_to_income"] = df["loan_amount"] / df["income"].replace(0, np.nan)
    df["app_month"] = df["application_date"].dt.month
    df["term"] = df["term"].astype(str)
    return df


def pipeline():
    prep = ColumnTransformer([
        ("num", Pipeline([("impute", SimpleImputer(strategy="median", add_indicator=True)),
                          ("scale", StandardScaler())]), NUMERIC),
        ("cat", OneHotEncoder(handle_unknown="ignore"), CATEGORICAL),
    ])
    return Pipeline([("prep", prep),
                     ("clf", LogisticRegression(C=0.3, max_iter=2000, class_weight="balanced"))])


def scores(y, p):
    return {"roc_auc": roc_auc_score(y, p), "pr_auc": average_precision_score(y, p),
            "brier": brier_score_loss(y, p)}


def main():
    df = load("train.csv")
    print(df.shape, "borrowers:", df["borrower_id"].nunique())
    print(df.groupby(df["application_date"].dt.to_period("Q"))[TARGET].agg(["mean", "size"]))
    print(df.groupby("grade")[TARGET].mean())

    fit_part = df[df["application_date"] < VALID_START]
    valid_part = df[df["application_date"] >= VALID_START]
    valid_part = valid_part[~valid_part["borrower_id"].isin(fit_part["borrower_id"].unique())]
    print("fit:", len(fit_part), " valid (new borrowers):", len(valid_part))

    X_cols = NUMERIC + CATEGORICAL
    model = pipeline().fit(fit_part[X_cols], fit_part[TARGET])
    prior = DummyClassifier(strategy="prior").fit(fit_part[X_cols], fit_part[TARGET])

    table = pd.DataFrame({
        "prior (baseline)": scores(valid_part[TARGET], prior.predict_proba(valid_part[X_cols])[:, 1]),
        "logistic": scores(valid_part[TARGET], model.predict_proba(valid_part[X_cols])[:, 1]),
    }).T
    print(table.round(4))

    final = pipeline().fit(df[X_cols], df[TARGET])
    test = load("test.csv")
    pd.DataFrame({
        "application_id": test["application_id"],
        "prediction": final.predict_proba(test[X_cols])[:, 1],
    }).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
