#!/usr/bin/env python3
"""Student dropout: gradient boosting with student-level cross-validation.

Students have several term rows, so folds are built with GroupKFold on student_id: no student
contributes rows to both the training and the validation side of a fold.
"""
import numpy as np
import pandas as pd
from sklearn.model_selection import GroupKFold, cross_validate
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.dummy import DummyClassifier

TARGET = "dropped_out"
FEATURES = ["term_number", "age_at_entry", "first_gen", "pell_eligible", "financial_aid_amount",
            "credits_attempted", "credits_earned", "term_gpa", "cum_gpa", "lms_logins",
            "absences", "advisor_meetings", "unpaid_balance"]


def add_features(frame):
    frame = pd.get_dummies(frame, columns=["program", "campus"], dtype=int)
    frame["credit_completion"] = frame["credits_earned"] / frame["credits_attempted"].clip(lower=1)
    frame["gpa_drop"] = frame["cum_gpa"] - frame["term_gpa"]
    return frame


def main():
    df = pd.read_csv("train.csv", parse_dates=["term_start"])
    test = pd.read_csv("test.csv", parse_dates=["term_start"])
    print(df.shape, "students:", df["student_id"].nunique())

    df = add_features(df)
    test = add_features(test)
    dummy_cols = [c for c in df.columns if c.startswith(("program_", "campus_"))]
    test = test.reindex(columns=list(test.columns) + [c for c in dummy_cols if c not in test],
                        fill_value=0)
    feats = FEATURES + dummy_cols + ["credit_completion", "gpa_drop"]

    X, y, groups = df[feats], df[TARGET], df["student_id"]
    cv = GroupKFold(n_splits=5)
    scoring = ["roc_auc", "average_precision", "balanced_accuracy"]

    model = HistGradientBoostingClassifier(max_depth=3, learning_rate=0.05, max_iter=300,
                                           l2_regularization=1.0, class_weight="balanced",
                                           random_state=0)
    res = cross_validate(model, X, y, groups=groups, cv=cv, scoring=scoring)
    base = cross_validate(DummyClassifier(strategy="prior"), X, y, groups=groups, cv=cv,
                          scoring=scoring)

    print(f"{'metric':20s}{'model':>10s}{'baseline':>10s}")
    for m in scoring:
        print(f"{m:20s}{res['test_' + m].mean():10.3f}{base['test_' + m].mean():10.3f}")

    model.fit(X, y)
    pd.DataFrame({"record_id": test["record_id"],
                  "prediction": model.predict_proba(test[feats])[:, 1]}).to_csv(
        "predictions.csv", index=False)
    print("predictions.csv written")


if __name__ == "__main__":
    main()
