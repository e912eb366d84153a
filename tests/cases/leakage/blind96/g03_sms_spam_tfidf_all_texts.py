"""SMS spam detection with TF-IDF + Naive Bayes.

Dataset: SMS Spam Collection (Kaggle `spam.csv`, columns v1 = label, v2 = message).
"""
import re
import string

import joblib
import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import (accuracy_score, classification_report,
                             confusion_matrix, f1_score, precision_score,
                             recall_score)
from sklearn.model_selection import train_test_split
from sklearn.naive_bayes import MultinomialNB

RANDOM_STATE = 1


def clean_text(text):
    text = text.lower()
    text = re.sub(r"http\S+|www\.\S+", " url ", text)
    text = re.sub(r"\d+", " num ", text)
    text = text.translate(str.maketrans("", "", string.punctuation))
    return re.sub(r"\s+", " ", text).strip()


def load_data(path="spam.csv"):
    df = pd.read_csv(path, encoding="latin-1")
    df = df[["v1", "v2"]].rename(columns={"v1": "label", "v2": "message"})
    df = df.drop_duplicates(subset="message").reset_index(drop=True)
    df["clean"] = df["message"].apply(clean_text)
    df["label_num"] = (df["label"] == "spam").astype(int)
    return df


def main():
    df = load_data()
    print(df.shape)
    print(df["label"].value_counts())
    n_chars = df["message"].str.len()
    print("avg length spam:", n_chars[df["label"] == "spam"].mean())
    print("avg length ham :", n_chars[df["label"] == "ham"].mean())

    # vectorise the whole corpus once
    tfidf = TfidfVectorizer(stop_words="english", ngram_range=(1, 2), min_df=2,
                            sublinear_tf=True)
    X = tfidf.fit_transform(df["clean"])
    y = df["label_num"].values
    print("vocabulary size:", len(tfidf.vocabulary_))

    X_train, X_test, y_train, y_test = train_test_split(
        X, y, test_size=0.25, stratify=y, random_state=RANDOM_STATE)

    nb = MultinomialNB(alpha=0.1)
    nb.fit(X_train, y_train)
    y_pred = nb.predict(X_test)

    print("accuracy :", round(accuracy_score(y_test, y_pred), 4))
    print("precision:", round(precision_score(y_test, y_pred), 4))
    print("recall   :", round(recall_score(y_test, y_pred), 4))
    print("f1       :", round(f1_score(y_test, y_pred), 4))
    print(confusion_matrix(y_test, y_pred))
    print(classification_report(y_test, y_pred, target_names=["ham", "spam"]))

    # most spammy tokens
    feature_names = np.array(tfidf.get_feature_names_out())
    log_ratio = nb.feature_log_prob_[1] - nb.feature_log_prob_[0]
    print("top spam tokens:", feature_names[np.argsort(log_ratio)[-20:]][::-1])

    joblib.dump({"vectorizer": tfidf, "model": nb}, "spam_nb.joblib")


if __name__ == "__main__":
    main()
