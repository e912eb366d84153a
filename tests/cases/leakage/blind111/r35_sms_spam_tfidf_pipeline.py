# SMS Spam Collection - Naive Bayes and linear SVM, TF-IDF inside a pipeline
import re
import string

import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.pipeline import Pipeline
from sklearn.model_selection import train_test_split, cross_val_score
from sklearn.naive_bayes import MultinomialNB
from sklearn.svm import LinearSVC
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score, precision_score, recall_score, f1_score, confusion_matrix

df = pd.read_csv("spam.csv", encoding="latin-1")
df = df[["v1", "v2"]].rename(columns={"v1": "label", "v2": "message"})
print(df.head())
print(df["label"].value_counts(normalize=True))

df["length"] = df["message"].str.len()
df.boxplot(column="length", by="label", figsize=(6, 4))
plt.savefig("length_by_label.png")


def clean_text(text):
    text = text.lower()
    text = re.sub(r"http\S+", " url ", text)
    text = re.sub(r"\d+", " num ", text)
    text = text.translate(str.maketrans("", "", string.punctuation))
    return re.sub(r"\s+", " ", text).strip()


df["clean"] = df["message"].apply(clean_text)
y = (df["label"] == "spam").astype(int).values

msg_train, msg_test, y_train, y_test = train_test_split(df["clean"], y, test_size=0.2, random_state=5, stratify=y)

classifiers = {
    "majority": DummyClassifier(strategy="most_frequent"),
    "MultinomialNB": MultinomialNB(alpha=0.1),
    "LinearSVC": LinearSVC(C=1.0),
}

for name, clf in classifiers.items():
    pipe = Pipeline([
        ("tfidf", TfidfVectorizer(stop_words="english", ngram_range=(1, 2), min_df=2, sublinear_tf=True)),
        ("clf", clf),
    ])
    cv_f1 = cross_val_score(pipe, msg_train, y_train, cv=5, scoring="f1")
    pipe.fit(msg_train, y_train)
    pred = pipe.predict(msg_test)
    print(f"{name}: cv_f1={cv_f1.mean():.4f} | test acc={accuracy_score(y_test, pred):.4f} "
          f"prec={precision_score(y_test, pred, zero_division=0):.4f} "
          f"rec={recall_score(y_test, pred):.4f} f1={f1_score(y_test, pred):.4f}")
    print(confusion_matrix(y_test, pred))
