#!/usr/bin/env python
# -*- coding: utf-8 -*-
"""
Dropout @ week 4: one-hot + scaling in a ColumnTransformer, logistic regression,
5-fold CV. Then fit on everything and write predictions.csv.
"""
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import KFold, cross_validate
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

NUMERIC = (
    [f"events_w{i}" for i in range(1, 5)]
    + [f"video_min_w{i}" for i in range(1, 5)]
    + ["forum_posts_w1_4", "quiz_attempts_w1_4", "quiz_avg_w1_4",
       "active_days_w1_4", "enrol_lag_days"]
)
CATEGORICAL = ["course_id", "education_level", "age_band", "country"]


def build_model(C=0.3):
    pre = ColumnTransformer([
        ("num", Pipeline([("imp", SimpleImputer(strategy="median")),
                          ("sc", StandardScaler())]), NUMERIC),
        ("cat", OneHotEncoder(handle_unknown="ignore", min_frequency=20), CATEGORICAL),
    ])
    return Pipeline([("pre", pre), ("clf", LogisticRegression(C=C, max_iter=5000))])


if __name__ == "__main__":
    train = pd.read_csv("train.csv")
    test = pd.read_csv("test.csv")
    X, y = train[NUMERIC + CATEGORICAL], train["dropped_out"]

    kf = KFold(n_splits=5, shuffle=True, random_state=2024)
    for C in [0.1, 0.3, 1.0]:
        cvres = cross_validate(build_model(C), X, y, cv=kf,
                               scoring={"auc": "roc_auc", "f1": "f1", "prec": "precision",
                                        "rec": "recall"})
        print(f"C={C:<4} " + "  ".join(f"{k}={cvres['test_' + k].mean():.3f}"
                                        for k in ["auc", "f1", "prec", "rec"]))

    model = build_model(0.3).fit(X, y)
    out = pd.DataFrame({"enrolment_id": test["enrolment_id"],
                        "prediction": model.predict_proba(test[NUMERIC + CATEGORICAL])[:, 1]})
    out.to_csv("predictions.csv", index=False)
    print(out.shape, "-> predictions.csv")
