"""SMS Spam Collection - TF-IDF + Naive Bayes / linear SVM."""
import re
import string

import numpy as np
import pandas as pd
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import (accuracy_score, classification_report, confusion_matrix,
                             f1_score, precision_score, recall_score)
from sklearn.model_selection import train_test_split
from sklearn.naive_bayes import MultinomialNB

sms = pd.read_csv("spam.csv", encoding="latin-1")
sms = sms[["v1", "v2"]].rename(columns={"v1": "label", "v2": "text"})
print(sms.shape)
print(sms["label"].value_counts())
print(sms.head(10))

dupes = sms.duplicated().sum()
print("duplicates:", dupes)
sms = sms.drop_duplicates().reset_index(drop=True)

sms["y"] = sms["label"].map({"ham": 0, "spam": 1})

# EDA
sms["n_chars"] = sms["text"].str.len()
sms["n_words"] = sms["text"].str.split().str.len()
sms["n_digits"] = sms["text"].str.count(r"\d")
sms["has_url"] = sms["text"].str.contains(r"http|www\.", case=False).astype(int)
sms["upper_ratio"] = sms["text"].apply(lambda t: sum(c.isupper() for c in t) / max(len(t), 1))
print(sms.groupby("label")[["n_chars", "n_words", "n_digits", "has_url", "upper_ratio"]].mean())

STOP = {"the", "a", "an", "and", "or", "to", "of", "in", "is", "it", "i", "u", "you", "me",
        "my", "for", "on", "at", "be", "are", "that", "this", "so", "we", "do"}


def clean_text(text):
    text = text.lower()
    text = re.sub(r"http\S+|www\.\S+", " urltoken ", text)
    text = re.sub(r"\b\d{5,}\b", " phonetoken ", text)
    text = re.sub(r"£\s?\d+|\$\s?\d+", " moneytoken ", text)
    text = text.translate(str.maketrans("", "", string.punctuation))
    tokens = [t for t in text.split() if t not in STOP and len(t) > 1]
    return " ".join(tokens)


sms["clean"] = sms["text"].apply(clean_text)
print(sms[["text", "clean"]].sample(5, random_state=3).to_string())

tfidf = TfidfVectorizer(ngram_range=(1, 2), min_df=2, max_df=0.9, sublinear_tf=True)
X_text = tfidf.fit_transform(sms["clean"])
print("vocabulary size:", len(tfidf.vocabulary_))

extra = csr_matrix(sms[["n_digits", "has_url"]].clip(upper=20).values / 20.0)
X = hstack([X_text, extra]).tocsr()
y = sms["y"].values

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y,
                                                    random_state=5)

nb = MultinomialNB(alpha=0.1)
nb.fit(X_train, y_train)
pred = nb.predict(X_test)

print("accuracy :", round(accuracy_score(y_test, pred), 4))
print("precision:", round(precision_score(y_test, pred), 4))
print("recall   :", round(recall_score(y_test, pred), 4))
print("f1       :", round(f1_score(y_test, pred), 4))
print(confusion_matrix(y_test, pred))
print(classification_report(y_test, pred, target_names=["ham", "spam"], digits=4))

# most spammy n-grams
feature_names = np.array(list(tfidf.get_feature_names_out()) + ["n_digits", "has_url"])
log_ratio = nb.feature_log_prob_[1] - nb.feature_log_prob_[0]
top = np.argsort(log_ratio)[::-1][:25]
print(list(feature_names[top]))
