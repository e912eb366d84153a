#!/usr/bin/env python
"""Compare a few linear text classifiers for ticket categorisation and keep the best."""
import json
import warnings

import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer, CountVectorizer
from sklearn.linear_model import LogisticRegression, SGDClassifier
from sklearn.metrics import classification_report, f1_score
from sklearn.model_selection import train_test_split
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
    "tfidf_sgd": make_pipeline(
        TfidfVectorizer(ngram_range=(1, 3), min_df=3, sublinear_tf=True),
        SGDClassifier(loss="modified_huber", alpha=1e-5, random_state=0),
    ),
}

results = {}
for name, pipe in candidates.items():
    pipe.fit(X_train, y_train)
    score = f1_score(y_test, pipe.predict(X_test), average="macro")
    results[name] = score
    print(f"{name:22s} macro-F1 = {score:.4f}")

best_name = max(results, key=results.get)
best = candidates[best_name]
print(f"\nbest model: {best_name}  (test macro-F1 {results[best_name]:.4f})")
print(classification_report(y_test, best.predict(X_test), digits=3))

with open("metrics.json", "w") as fh:
    json.dump({"f1_macro": round(results[best_name], 4)}, fh)

best.fit(text, labels)
pd.DataFrame({id_col: submit[id_col], "prediction": best.predict(to_text(submit))}).to_csv(
    "predictions.csv", index=False
)
