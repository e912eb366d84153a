#!/usr/bin/env python
"""Compare a few linear text classifiers for ticket categorisation and keep the best.

Selection happens by 5-fold CV on the training part; the held-out 20% is
scored once, for the chosen model and the most-frequent baseline.
"""
import json
import warnings

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.feature_extraction.text import TfidfVectorizer, CountVectorizer
from sklearn.linear_model import LogisticRegression, SGDClassifier
from sklearn.metrics import classification_report, f1_score
from sklearn.model_selection import StratifiedKFold, cross_val_score, train_test_split
from sklearn.naive_bayes import ComplementNB
from sklearn.pipeline import make_pipeline
from sklearn.svm import LinearSVC

warnings.filterwarnings("ignore")

cfg = json.load(open("task.json"))
target, id_col = cfg["target"], cfg["id_column"]

data = pd.read_csv("train.csv")
submit = pd.read_csv("test.csv")


def to_text(frame):
    return (
        frame["subject"].fillna("") + " "
        + frame["body"].fillna("") + " "
        + "channel_" + frame["channel"].fillna("na").astype(str) + " "
        + "product_" + frame["product"].fillna("na").astype(str).str.replace(" ", "_")
    )


text = to_text(data)
labels = data[target]
X_train, X_test, y_train, y_test = train_test_split(
    text, labels, test_size=0.2, random_state=2024, stratify=labels
)

candidates = {
    "most_frequent_baseline": DummyClassifier(strategy="most_frequent"),
    "tfidf_logreg": make_pipeline(
        TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True),
        LogisticRegression(max_iter=3000, C=5),
    ),
    "tfidf_linearsvc": make_pipeline(
        TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True),
        LinearSVC(C=0.7),
    ),
    "counts_complementnb": make_pipeline(
        CountVectorizer(ngram_range=(1, 2), min_df=2), ComplementNB(alpha=0.3)
    ),
}

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
cv_results = {}
for name, pipe in candidates.items():
    scores = cross_val_score(pipe, X_train, y_train, cv=cv, scoring="f1_macro")
    cv_results[name] = scores.mean()
    print(f"{name:24s} CV macro-F1 = {scores.mean():.4f} +/- {scores.std():.4f}")

best_name = max((n for n in cv_results if n != "most_frequent_baseline"), key=cv_results.get)
best = candidates[best_name]
print(f"\nchosen by CV: {best_name}")

baseline = candidates["most_frequent_baseline"].fit(X_train, y_train)
best.fit(X_train, y_train)
test_pred = best.predict(X_test)
test_f1 = f1_score(y_test, test_pred, average="macro")
print(f"held-out macro-F1: model {test_f1:.4f} | baseline "
      f"{f1_score(y_test, baseline.predict(X_test), average='macro'):.4f}")
print(classification_report(y_test, test_pred, digits=3))

with open("metrics.json", "w") as fh:
    json.dump({"f1_macro": round(test_f1, 4)}, fh)

best.fit(text, labels)
pd.DataFrame({id_col: submit[id_col], "prediction": best.predict(to_text(submit))}).to_csv(
    "predictions.csv", index=False
)
