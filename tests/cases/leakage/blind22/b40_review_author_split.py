"""Product review sentiment (positive = 4-5 stars) with TF-IDF + linear model."""
import re

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, f1_score, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline

reviews = pd.read_csv("reviews.csv")
reviews = reviews.dropna(subset=["review_text"])
reviews["label"] = (reviews["stars"] >= 4).astype(int)

by_author = reviews.groupby("author_id").agg(n_reviews=("review_id", "size"))
print(by_author["n_reviews"].describe())
print("share of reviews from authors with 20+ reviews:",
      round(by_author.loc[by_author.n_reviews >= 20, "n_reviews"].sum() / len(reviews), 3))


def normalise(text):
    text = text.lower()
    text = re.sub(r"<br\s*/?>", " ", text)
    text = re.sub(r"[^a-z0-9!?' ]+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


reviews["text"] = (reviews["summary"].fillna("") + " . " + reviews["review_text"]).map(normalise)

X_train, X_test, y_train, y_test = train_test_split(
    reviews["text"], reviews["label"], test_size=0.2, stratify=reviews["label"], random_state=5
)

clf = Pipeline(
    [
        ("tfidf", TfidfVectorizer(ngram_range=(1, 2), min_df=3, max_df=0.9, sublinear_tf=True, max_features=200_000)),
        ("lr", LogisticRegression(C=4.0, max_iter=2000, solver="liblinear")),
    ]
)
clf.fit(X_train, y_train)
proba = clf.predict_proba(X_test)[:, 1]
pred = (proba >= 0.5).astype(int)

dummy = DummyClassifier(strategy="most_frequent").fit(X_train, y_train)
print(f"dummy     acc {accuracy_score(y_test, dummy.predict(X_test)):.4f}")
print(f"tfidf+lr  acc {accuracy_score(y_test, pred):.4f}  F1 {f1_score(y_test, pred):.4f}  AUC {roc_auc_score(y_test, proba):.4f}")

vocab = np.array(clf.named_steps["tfidf"].get_feature_names_out())
coef = clf.named_steps["lr"].coef_[0]
print("most negative:", ", ".join(vocab[np.argsort(coef)[:15]]))
print("most positive:", ", ".join(vocab[np.argsort(coef)[-15:]]))
