"""Support ticket routing take-home: predict the ticket category from subject/body.

Approach: TF-IDF on subject + body, multinomial logistic regression,
macro-F1 on a stratified holdout.
"""
import json

import numpy as np
import pandas as pd
from scipy import sparse
from sklearn.dummy import DummyClassifier
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import classification_report, f1_score
from sklearn.model_selection import train_test_split

task = json.load(open("task.json"))
TARGET = task["target"]
ID = task["id_column"]

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(df.shape, test.shape)
print(df[TARGET].value_counts(normalize=True).round(3))

# --- text cleaning -------------------------------------------------------
def clean(s: pd.Series) -> pd.Series:
    return (
        s.fillna("")
        .str.lower()
        .str.replace(r"https?://\S+", " url ", regex=True)
        .str.replace(r"\d+", " 0 ", regex=True)
    )

df["text"] = clean(df["subject"]) + " . " + clean(df["body"])
test["text"] = clean(test["subject"]) + " . " + clean(test["body"])

# one vocabulary for everything so train/val share the same columns
tfidf = TfidfVectorizer(ngram_range=(1, 2), min_df=3, max_features=60000, sublinear_tf=True)
X_text = tfidf.fit_transform(df["text"])
print("vocab size:", len(tfidf.vocabulary_))

# a couple of cheap numeric signals
num = df[["attachment_count", "n_prior_tickets"]].fillna(0).to_numpy(dtype=float)
num = np.log1p(num)
X = sparse.hstack([X_text, sparse.csr_matrix(num)]).tocsr()
y = df[TARGET].to_numpy()

X_tr, X_va, y_tr, y_va = train_test_split(
    X, y, test_size=0.2, stratify=y, random_state=42
)

baseline = DummyClassifier(strategy="most_frequent").fit(X_tr, y_tr)
print("baseline macro-F1:", round(f1_score(y_va, baseline.predict(X_va), average="macro"), 4))

clf = LogisticRegression(C=4.0, max_iter=2000, class_weight="balanced")
clf.fit(X_tr, y_tr)
pred = clf.predict(X_va)
print("logreg macro-F1:", round(f1_score(y_va, pred, average="macro"), 4))
print(classification_report(y_va, pred, digits=3))

# --- refit on everything and predict the test file ----------------------
clf.fit(X, y)
X_test_text = tfidf.transform(test["text"])
num_test = np.log1p(test[["attachment_count", "n_prior_tickets"]].fillna(0).to_numpy(dtype=float))
X_test = sparse.hstack([X_test_text, sparse.csr_matrix(num_test)]).tocsr()
pd.DataFrame({ID: test[ID], "prediction": clf.predict(X_test)}).to_csv(
    "predictions.csv", index=False
)
print("wrote predictions.csv")
