"""Loan default: logistic regression with one-hot categoricals.

Reports holdout accuracy; writes predictions.csv for the test loans.
"""
import logging

import pandas as pd
from sklearn.compose import make_column_transformer
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

logging.basicConfig(level=logging.INFO, format="[%(name)s] %(message)s")
log = logging.getLogger("loan")

TARGET = "defaulted"
CATEGORICAL = ["grade", "home_ownership", "purpose"]


def numeric_columns(df):
    return [c for c in df.select_dtypes("number").columns if c != TARGET]


def build(numeric):
    ct = make_column_transformer(
        (make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), numeric),
        (OneHotEncoder(handle_unknown="ignore"), CATEGORICAL),
    )
    return make_pipeline(ct, LogisticRegression(C=0.8, max_iter=4000))


def main():
    df = pd.read_csv("train.csv")
    numeric = numeric_columns(df)
    log.info("numeric inputs: %s", numeric)

    X, y = df[numeric + CATEGORICAL], df[TARGET]
    X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, random_state=99, stratify=y)
    model = build(numeric).fit(X_tr, y_tr)
    log.info("holdout accuracy: %.4f", accuracy_score(y_te, model.predict(X_te)))

    test = pd.read_csv("test.csv")
    model.fit(X, y)
    pd.DataFrame({"loan_id": test["loan_id"],
                  "prediction": model.predict_proba(test[numeric + CATEGORICAL])[:, 1]}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
