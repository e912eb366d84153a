"""
SMS Spam Collection - TF-IDF + Multinomial Naive Bayes
Data: spam.csv (UCI SMS Spam Collection, Kaggle re-upload, latin-1 encoded)
"""
import re
import string

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import (accuracy_score, classification_report,
                             confusion_matrix, f1_score, precision_score)
from sklearn.model_selection import train_test_split
from sklearn.naive_bayes import MultinomialNB

RANDOM_STATE = 42

df = pd.read_csv("spam.csv", encoding="latin-1")
df = df[["v1", "v2"]].rename(columns={"v1": "label", "v2": "message"})
df = df.drop_duplicates(subset="message").reset_index(drop=True)
print(df.shape)
print(df["label"].value_counts(normalize=True))

df["n_chars"] = df["message"].str.len()
print(df.groupby("label")["n_chars"].describe())


def clean_text(text):
    text = text.lower()
    text = re.sub(r"http\S+|www\.\S+", " url ", text)
    text = re.sub(r"\d+", " num ", text)
    text = text.translate(str.maketrans("", "", string.punctuation))
    return re.sub(r"\s+", " ", text).strip()


df["clean"] = df["message"].apply(clean_text)
df["target"] = (df["label"] == "spam").astype(int)

# vectorise the corpus
vectorizer = TfidfVectorizer(stop_words="english", ngram_range=(1, 2),
                             min_df=2, sublinear_tf=True)
X = vectorizer.fit_transform(df["clean"])
y = df["target"].values
print("vocabulary size:", len(vectorizer.vocabulary_))

X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.2, stratify=y, random_state=RANDOM_STATE
)

# baseline: always predict ham
baseline = DummyClassifier(strategy="most_frequent")
baseline.fit(X_train, y_train)
base_pred = baseline.predict(X_test)
print(f"Baseline accuracy: {accuracy_score(y_test, base_pred):.4f}")
print(f"Baseline F1 (spam): {f1_score(y_test, base_pred, zero_division=0):.4f}")

model = MultinomialNB(alpha=0.1)
model.fit(X_train, y_train)
pred = model.predict(X_test)

print(f"NB accuracy : {accuracy_score(y_test, pred):.4f}")
print(f"NB precision: {precision_score(y_test, pred):.4f}")
print(f"NB F1 (spam): {f1_score(y_test, pred):.4f}")
print(confusion_matrix(y_test, pred))
print(classification_report(y_test, pred, target_names=["ham", "spam"]))

# most spammy tokens according to the NB model
feature_names = np.array(vectorizer.get_feature_names_out())
log_ratio = model.feature_log_prob_[1] - model.feature_log_prob_[0]
top = np.argsort(log_ratio)[::-1][:20]
print("Top spam indicators:", ", ".join(feature_names[top]))


def predict_message(msg):
    vec = vectorizer.transform([clean_text(msg)])
    return "spam" if model.predict(vec)[0] == 1 else "ham"


for sample in ["WINNER!! You have been selected for a 1000 cash prize. Call now",
               "Are we still on for lunch tomorrow?"]:
    print(predict_message(sample), "<-", sample)
