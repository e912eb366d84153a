"""SMS spam filter: TF-IDF features + Multinomial Naive Bayes.

Data: UCI SMS Spam Collection (tab separated, columns: label, message).
Run: python p01_sms_spam_tfidf_nb.py
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

DATA_PATH = "data/SMSSpamCollection"
RANDOM_STATE = 42


def load_messages(path):
    df = pd.read_csv(path, sep="\t", header=None, names=["label", "message"],
                     encoding="latin-1")
    df["label"] = df["label"].map({"ham": 0, "spam": 1})
    return df.drop_duplicates(subset="message").reset_index(drop=True)


def normalise(text):
    text = text.lower()
    text = re.sub(r"http\S+|www\.\S+", " urltoken ", text)
    text = re.sub(r"\b\d{5,}\b", " phonetoken ", text)
    text = re.sub(r"\d+", " numtoken ", text)
    text = text.translate(str.maketrans("", "", string.punctuation))
    return re.sub(r"\s+", " ", text).strip()


df = load_messages(DATA_PATH)
print(df.shape)
print(df["label"].value_counts())

# quick look at message length by class
df["n_chars"] = df["message"].str.len()
print(df.groupby("label")["n_chars"].median())

df["text"] = df["message"].apply(normalise)

# ---- features -------------------------------------------------------------
tfidf = TfidfVectorizer(ngram_range=(1, 2), min_df=2, max_df=0.95,
                        sublinear_tf=True, stop_words="english")
X = tfidf.fit_transform(df["text"])
y = df["label"].values
print("vocabulary:", len(tfidf.vocabulary_))

X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.2, stratify=y, random_state=RANDOM_STATE)

# ---- model ----------------------------------------------------------------
nb = MultinomialNB(alpha=0.1)
nb.fit(X_train, y_train)
y_pred = nb.predict(X_test)

print(f"accuracy : {accuracy_score(y_test, y_pred):.4f}")
print(f"precision: {precision_score(y_test, y_pred):.4f}")
print(f"recall   : {recall_score(y_test, y_pred):.4f}")
print(f"f1       : {f1_score(y_test, y_pred):.4f}")
print(confusion_matrix(y_test, y_pred))
print(classification_report(y_test, y_pred, target_names=["ham", "spam"]))

# most spammy tokens
vocab = np.array(tfidf.get_feature_names_out())
log_ratio = nb.feature_log_prob_[1] - nb.feature_log_prob_[0]
print("top spam tokens:", ", ".join(vocab[np.argsort(log_ratio)[-25:]][::-1]))

joblib.dump({"vectorizer": tfidf, "model": nb}, "models/spam_nb.joblib")
