"""Fraudulent job-posting classifier.

Two scrapes of the job board are combined (they cover different boards:
`postings_board_a.csv` and `postings_board_b.csv`, same schema). Class imbalance
is handled by random oversampling inside an imblearn pipeline, so every CV fold
and the final fit oversample their own training rows only.
"""
import argparse
import json

import joblib
import numpy as np
import pandas as pd
from imblearn.over_sampling import RandomOverSampler
from imblearn.pipeline import Pipeline
from sklearn.compose import ColumnTransformer
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, classification_report, roc_auc_score
from sklearn.model_selection import GridSearchCV, StratifiedKFold, train_test_split
from sklearn.preprocessing import FunctionTransformer

TEXT_COLS = ["title", "company_profile", "description", "requirements", "benefits"]
FLAG_COLS = ["telecommuting", "has_company_logo", "has_questions"]


def load(paths):
    frames = []
    for p in paths:
        f = pd.read_csv(p)
        f["source"] = p.rsplit("/", 1)[-1].split(".")[0]
        frames.append(f)
    jobs = pd.concat(frames, ignore_index=True)
    jobs = jobs.drop_duplicates(subset=["title", "description"])
    jobs[TEXT_COLS] = jobs[TEXT_COLS].fillna("")
    jobs["text"] = jobs[TEXT_COLS].agg(" ".join, axis=1).str.lower()
    print(jobs.groupby("source")["fraudulent"].agg(["size", "mean"]))
    return jobs


def as_float(frame):
    return frame.astype(float)


def build_pipeline():
    features = ColumnTransformer([
        ("text", TfidfVectorizer(max_features=40000, ngram_range=(1, 2), min_df=2, sublinear_tf=True), "text"),
        ("flags", FunctionTransformer(as_float), FLAG_COLS),
    ])
    return Pipeline([
        ("features", features),
        ("oversample", RandomOverSampler(random_state=0)),
        ("clf", LogisticRegression(max_iter=3000, solver="liblinear")),
    ])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--inputs", nargs="+", default=["data/postings_board_a.csv", "data/postings_board_b.csv"])
    ap.add_argument("--out", default="models/fraud_lr.joblib")
    args = ap.parse_args()

    jobs = load(args.inputs)
    X = jobs[["text"] + FLAG_COLS]
    y = jobs["fraudulent"].to_numpy()
    print("rows:", len(jobs), "fraud share: %.3f" % y.mean())

    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=0)

    search = GridSearchCV(
        build_pipeline(),
        param_grid={"clf__C": [0.5, 2.0, 8.0], "features__text__min_df": [2, 5]},
        scoring="average_precision",
        cv=StratifiedKFold(n_splits=5, shuffle=True, random_state=0),
        n_jobs=-1,
    )
    search.fit(X_train, y_train)
    print("best params:", search.best_params_, "cv AP: %.4f" % search.best_score_)

    proba = search.predict_proba(X_test)[:, 1]
    print(classification_report(y_test, (proba >= 0.5).astype(int), digits=3))
    scores = {
        "test_roc_auc": roc_auc_score(y_test, proba),
        "test_pr_auc": average_precision_score(y_test, proba),
        "prevalence_baseline_pr_auc": float(np.mean(y_test)),
    }
    print(json.dumps(scores, indent=2))
    joblib.dump(search.best_estimator_, args.out)


if __name__ == "__main__":
    main()
