#!/usr/bin/env python
"""Student dropout model over semester records (one row per student per semester)."""
import argparse

import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import roc_auc_score, classification_report
from sklearn.model_selection import KFold, cross_val_score, train_test_split

FEATURES = [
    "term_gpa_prev", "credits_enrolled", "scholarship", "age_at_enrolment", "tuition_up_to_date",
    "student_mean_gpa", "student_total_failed", "student_n_terms", "semester_no",
]


def load(path):
    df = pd.read_csv(path)
    df["term_start"] = pd.to_datetime(df["term_start"])
    return df.sort_values(["term_start", "student_id"]).reset_index(drop=True)


def build_features(df):
    df = df.copy()
    by_student = df.groupby("student_id")
    df["term_gpa_prev"] = by_student["term_gpa"].shift(1).fillna(0)
    df["semester_no"] = by_student.cumcount() + 1
    # student profile over the whole record
    df["student_mean_gpa"] = by_student["term_gpa"].transform("mean")
    df["student_total_failed"] = by_student["courses_failed"].transform("sum")
    df["student_n_terms"] = by_student["term_gpa"].transform("size")
    return df


def evaluate(df, seed):
    X, y = df[FEATURES], df["dropped_out"]
    rf = RandomForestClassifier(n_estimators=400, min_samples_leaf=4, class_weight="balanced",
                                n_jobs=-1, random_state=seed)
    cv = KFold(n_splits=5, shuffle=True, random_state=seed)
    auc = cross_val_score(rf, X, y, cv=cv, scoring="roc_auc")
    print("5-fold AUC: %.3f +/- %.3f" % (auc.mean(), auc.std()))

    X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, stratify=y, random_state=seed)
    rf.fit(X_tr, y_tr)
    proba = rf.predict_proba(X_te)[:, 1]
    print("holdout AUC: %.3f" % roc_auc_score(y_te, proba))
    print(classification_report(y_te, (proba > 0.5).astype(int), digits=3))
    imp = pd.Series(rf.feature_importances_, index=FEATURES).sort_values(ascending=False)
    print(imp.round(3))
    return rf


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default="student_semesters.csv")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    df = load(args.data)
    print(df.shape, "students:", df["student_id"].nunique(), "dropout rate:", df["dropped_out"].mean().round(3))
    df = build_features(df)
    evaluate(df, args.seed)


if __name__ == "__main__":
    main()
