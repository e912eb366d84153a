#!/usr/bin/env python3
"""Ticket escalation - final script for the take-home.

Everything learned from data (tf-idf vocabulary, one-hot categories, scaling) lives in one
sklearn Pipeline, so cross-validation refits it on each training fold.
"""
import json
import sys

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_validate
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

TARGET = "escalated"
ID = "ticket_id"
SCORING = ["roc_auc", "average_precision", "f1", "accuracy"]


def load(path):
    d = pd.read_csv(path)
    d["text"] = (d["subject"].fillna("") + " \n " + d["body"].fillna("")).str.lower()
    d["body_len"] = d["body"].fillna("").str.len()
    d["n_exclaim"] = d["body"].fillna("").str.count("!")
    d["has_refund_word"] = d["text"].str.contains("refund|chargeback|cancel").astype(int)
    return d


def build_model(C=1.0):
    pre = ColumnTransformer([
        ("text", TfidfVectorizer(min_df=3, max_df=0.9, ngram_range=(1, 2), sublinear_tf=True), "text"),
        ("cat", OneHotEncoder(handle_unknown="ignore", min_frequency=10), ["channel", "product", "customer_tier"]),
        ("num", make_pipeline(SimpleImputer(strategy="median"), StandardScaler()),
         ["first_response_minutes", "account_age_days", "body_len", "n_exclaim", "has_refund_word"]),
    ])
    return Pipeline([("pre", pre), ("clf", LogisticRegression(C=C, max_iter=5000))])


def summarize(name, res):
    row = {m: float(np.mean(res[f"test_{m}"])) for m in SCORING}
    print(f"{name:10s} " + "  ".join(f"{m}={v:.4f}" for m, v in row.items()))
    return row


def main():
    train = load("train.csv")
    test = load("test.csv")
    print(train.shape, test.shape, "positive share:", round(train[TARGET].mean(), 3), file=sys.stderr)

    X, y = train.drop(columns=[TARGET, ID]), train[TARGET]
    cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)

    report = {}
    report["baseline"] = summarize("baseline", cross_validate(DummyClassifier(strategy="prior"), X, y, cv=cv,
                                                             scoring=SCORING))
    report["logreg"] = summarize("logreg", cross_validate(build_model(C=1.0), X, y, cv=cv, scoring=SCORING))

    with open("cv_report.json", "w") as fh:
        json.dump(report, fh, indent=2)

    model = build_model(C=1.0).fit(X, y)
    pd.DataFrame({ID: test[ID], "prediction": model.predict_proba(test.drop(columns=[ID]))[:, 1]}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
