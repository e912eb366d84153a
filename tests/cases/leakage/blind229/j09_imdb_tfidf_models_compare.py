"""IMDB 50k movie reviews - sentiment with TF-IDF and linear models."""
import re
import string
import time

import numpy as np
import pandas as pd
from bs4 import BeautifulSoup
from nltk.corpus import stopwords
from nltk.stem import WordNetLemmatizer
from sklearn.dummy import DummyClassifier
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression, SGDClassifier
from sklearn.metrics import accuracy_score, classification_report, f1_score, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.naive_bayes import MultinomialNB
from sklearn.svm import LinearSVC

df = pd.read_csv("IMDB Dataset.csv")
print(df.shape)
print(df.sentiment.value_counts())

STOP = set(stopwords.words("english")) - {"not", "no", "nor", "don't", "won't", "isn't", "wasn't"}
lemm = WordNetLemmatizer()
punct_re = re.compile("[%s]" % re.escape(string.punctuation))


def clean_review(text):
    text = BeautifulSoup(text, "html.parser").get_text(" ")
    text = text.lower()
    text = re.sub(r"https?://\S+", " ", text)
    text = punct_re.sub(" ", text)
    text = re.sub(r"\d+", " ", text)
    tokens = [lemm.lemmatize(t) for t in text.split() if t not in STOP and len(t) > 1]
    return " ".join(tokens)


t0 = time.time()
df["clean"] = df["review"].apply(clean_review)
print(f"cleaned in {time.time() - t0:.0f}s")
df["label"] = (df["sentiment"] == "positive").astype(int)

tfidf = TfidfVectorizer(ngram_range=(1, 2), min_df=3, max_df=0.9, max_features=50000, sublinear_tf=True)
X = tfidf.fit_transform(df["clean"])
y = df["label"].values
print("tfidf matrix:", X.shape)

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, stratify=y, random_state=42)

models = {
    "majority baseline": DummyClassifier(strategy="most_frequent"),
    "multinomial NB": MultinomialNB(alpha=0.3),
    "logistic regression": LogisticRegression(C=4.0, max_iter=2000, solver="liblinear"),
    "linear SVC": LinearSVC(C=0.5),
    "SGD (modified huber)": SGDClassifier(loss="modified_huber", alpha=1e-5, random_state=0),
}

rows = []
for name, clf in models.items():
    start = time.time()
    clf.fit(X_train, y_train)
    pred = clf.predict(X_test)
    if hasattr(clf, "predict_proba"):
        score = clf.predict_proba(X_test)[:, 1]
    else:
        score = clf.decision_function(X_test)
    auc = roc_auc_score(y_test, score) if len(np.unique(score)) > 1 else 0.5
    rows.append({
        "model": name,
        "accuracy": accuracy_score(y_test, pred),
        "f1": f1_score(y_test, pred),
        "roc_auc": auc,
        "fit_s": time.time() - start,
    })

res = pd.DataFrame(rows).set_index("model").sort_values("f1", ascending=False)
print(res.round(4))

# logistic regression is the one we ship (probabilities + interpretable weights)
lr = models["logistic regression"]
print(classification_report(y_test, lr.predict(X_test), target_names=["negative", "positive"]))

# which n-grams push reviews positive / negative
vocab = np.array(tfidf.get_feature_names_out())
order = np.argsort(lr.coef_[0])
print("most negative:", ", ".join(vocab[order[:20]]))
print("most positive:", ", ".join(vocab[order[-20:]]))
