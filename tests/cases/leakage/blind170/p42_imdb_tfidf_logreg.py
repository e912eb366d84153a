"""IMDB 50K movie reviews - sentiment classification with TF-IDF + logistic regression."""
import re
import string

import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, classification_report, confusion_matrix, f1_score
from sklearn.model_selection import train_test_split

reviews = pd.read_csv("IMDB Dataset.csv")
print(reviews.shape)
print(reviews["sentiment"].value_counts())

TAG_RE = re.compile(r"<[^>]+>")
PUNCT_TABLE = str.maketrans("", "", string.punctuation)


def clean_text(text: str) -> str:
    text = TAG_RE.sub(" ", text)          # strip <br /> tags
    text = text.lower().translate(PUNCT_TABLE)
    text = re.sub(r"\d+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


reviews["clean"] = reviews["review"].apply(clean_text)
reviews["label"] = (reviews["sentiment"] == "positive").astype(int)
reviews["n_words"] = reviews["clean"].str.split().str.len()
print(reviews.groupby("sentiment")["n_words"].describe())

tfidf = TfidfVectorizer(
    ngram_range=(1, 2),
    min_df=5,
    max_df=0.9,
    max_features=200_000,
    sublinear_tf=True,
    stop_words="english",
)
X = tfidf.fit_transform(reviews["clean"])
y = reviews["label"].values
print("TF-IDF matrix:", X.shape)

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=42, stratify=y)

clf = LogisticRegression(C=4.0, max_iter=1000, solver="liblinear")
clf.fit(X_train, y_train)
pred = clf.predict(X_test)

print("accuracy:", round(accuracy_score(y_test, pred), 4))
print("F1      :", round(f1_score(y_test, pred), 4))
print(confusion_matrix(y_test, pred))
print(classification_report(y_test, pred, target_names=["negative", "positive"]))

vocab = np.array(tfidf.get_feature_names_out())
order = np.argsort(clf.coef_[0])
print("most negative:", ", ".join(vocab[order[:20]]))
print("most positive:", ", ".join(vocab[order[-20:]]))
