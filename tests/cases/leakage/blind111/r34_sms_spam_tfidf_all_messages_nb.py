# SMS Spam Collection - Naive Bayes and linear SVM on TF-IDF features
import re
import string

import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.model_selection import train_test_split
from sklearn.naive_bayes import MultinomialNB
from sklearn.svm import LinearSVC
from sklearn.metrics import accuracy_score, precision_score, recall_score, f1_score, confusion_matrix

df = pd.read_csv("spam.csv", encoding="latin-1")
df = df[["v1", "v2"]]
df.columns = ["label", "message"]
print(df.head())
print(df["label"].value_counts())

df["length"] = df["message"].str.len()
df.hist(column="length", by="label", bins=50, figsize=(12, 4))
plt.savefig("length_by_label.png")


def clean_text(text):
    text = text.lower()
    text = re.sub(r"http\S+", " url ", text)
    text = re.sub(r"\d+", " num ", text)
    text = text.translate(str.maketrans("", "", string.punctuation))
    return re.sub(r"\s+", " ", text).strip()


df["clean"] = df["message"].apply(clean_text)
df["y"] = (df["label"] == "spam").astype(int)

tfidf = TfidfVectorizer(stop_words="english", ngram_range=(1, 2), min_df=2, sublinear_tf=True)
X = tfidf.fit_transform(df["clean"])
y = df["y"].values
print("vocabulary size:", len(tfidf.vocabulary_))

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=5, stratify=y)

# everything-is-ham baseline
print("all-ham accuracy:", accuracy_score(y_test, np.zeros_like(y_test)))

for name, clf in [("MultinomialNB", MultinomialNB(alpha=0.1)), ("LinearSVC", LinearSVC(C=1.0))]:
    clf.fit(X_train, y_train)
    pred = clf.predict(X_test)
    print(f"{name}: acc={accuracy_score(y_test, pred):.4f} prec={precision_score(y_test, pred):.4f} "
          f"rec={recall_score(y_test, pred):.4f} f1={f1_score(y_test, pred):.4f}")
    print(confusion_matrix(y_test, pred))
