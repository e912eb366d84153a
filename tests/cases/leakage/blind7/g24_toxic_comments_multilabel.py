"""Toxic comment classification (Jigsaw-style, six labels).

One TF-IDF + logistic regression pipeline per label. Word and char n-grams are
combined in a FeatureUnion; the union is part of each label's pipeline, so CV
and the final fit learn the vocabulary from their own training rows.
"""
import argparse
import json

import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import KFold, cross_val_score, train_test_split
from sklearn.pipeline import FeatureUnion, Pipeline

LABELS = ["toxic", "severe_toxic", "obscene", "threat", "insult", "identity_hate"]


def build_pipeline(C=4.0):
    union = FeatureUnion([
        ("word", TfidfVectorizer(analyzer="word", ngram_range=(1, 2), min_df=3, max_features=50000,
                                 sublinear_tf=True, strip_accents="unicode")),
        ("char", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=5, max_features=80000,
                                 sublinear_tf=True)),
    ])
    return Pipeline([("tfidf", union), ("lr", LogisticRegression(C=C, solver="saga", max_iter=500))])


def eda(df):
    print(df.shape)
    print(df[LABELS].mean().round(4).rename("positive rate"))
    print("clean comments:", (df[LABELS].sum(axis=1) == 0).mean().round(3))
    lens = df["comment_text"].str.len()
    print("length quantiles:", lens.quantile([0.5, 0.9, 0.99]).to_dict())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", default="data/jigsaw/train.csv")
    ap.add_argument("--sample", type=int, default=80000)
    ap.add_argument("--cv", action="store_true", help="also run 3-fold CV per label on the training split")
    args = ap.parse_args()

    df = pd.read_csv(args.train)
    df = df.sample(min(args.sample, len(df)), random_state=0).reset_index(drop=True)
    df["comment_text"] = df["comment_text"].fillna("").str.replace(r"\s+", " ", regex=True)
    eda(df)

    train_df, test_df = train_test_split(df, test_size=0.2, random_state=0)
    print("train", train_df.shape, "test", test_df.shape)

    results = {}
    for label in LABELS:
        pipe = build_pipeline()
        if args.cv:
            cv_auc = cross_val_score(pipe, train_df["comment_text"], train_df[label],
                                     cv=KFold(3, shuffle=True, random_state=0), scoring="roc_auc")
            print(f"{label:14s} CV AUC {cv_auc.mean():.4f}")
        pipe.fit(train_df["comment_text"], train_df[label])
        proba = pipe.predict_proba(test_df["comment_text"])[:, 1]
        results[label] = roc_auc_score(test_df[label], proba)
        print(f"{label:14s} test AUC {results[label]:.4f}")

    results["mean_auc"] = float(np.mean([results[l] for l in LABELS]))
    print(json.dumps({k: round(v, 4) for k, v in results.items()}, indent=2))


if __name__ == "__main__":
    main()
