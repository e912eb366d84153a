"""IMDB movie review sentiment - TF-IDF + linear SVM.

Usage: python e19_imdb_sentiment_tfidf.py
Expects IMDB Dataset.csv with columns review, sentiment.
"""
import re
import string

import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.model_selection import train_test_split
from sklearn.svm import LinearSVC
from sklearn.metrics import accuracy_score, f1_score, classification_report

HTML_TAG = re.compile(r"<.*?>")
PUNCT = str.maketrans("", "", string.punctuation)


def clean_text(text: str) -> str:
    text = HTML_TAG.sub(" ", text)
    text = text.lower().translate(PUNCT)
    return re.sub(r"\s+", " ", text).strip()


def main():
    reviews = pd.read_csv("IMDB Dataset.csv")
    reviews = reviews.drop_duplicates(subset="review")
    reviews["clean"] = reviews["review"].apply(clean_text)
    reviews["label"] = (reviews["sentiment"] == "positive").astype(int)
    print(reviews["label"].value_counts())
    print("median length:", reviews["clean"].str.split().str.len().median())

    vectorizer = TfidfVectorizer(ngram_range=(1, 2), min_df=3, max_df=0.9,
                                 sublinear_tf=True, stop_words="english")
    X = vectorizer.fit_transform(reviews["clean"])
    y = reviews["label"].values
    print("vocabulary size:", len(vectorizer.vocabulary_))

    X_train, X_test, y_train, y_test = train_test_split(
        X, y, test_size=0.2, random_state=42, stratify=y)

    # majority-class baseline
    majority = np.bincount(y_train).argmax()
    print("baseline accuracy: %.4f" % accuracy_score(y_test, np.full_like(y_test, majority)))

    svm = LinearSVC(C=0.5)
    svm.fit(X_train, y_train)
    pred = svm.predict(X_test)
    print("LinearSVC accuracy: %.4f" % accuracy_score(y_test, pred))
    print("LinearSVC F1      : %.4f" % f1_score(y_test, pred))
    print(classification_report(y_test, pred, target_names=["negative", "positive"]))

    terms = np.array(vectorizer.get_feature_names_out())
    order = np.argsort(svm.coef_[0])
    print("most negative:", terms[order[:15]])
    print("most positive:", terms[order[-15:]])


if __name__ == "__main__":
    main()
