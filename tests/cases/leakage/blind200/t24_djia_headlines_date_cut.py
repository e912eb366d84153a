"""
Daily News for Stock Market Prediction (Combined_News_DJIA.csv)
Top 25 Reddit WorldNews headlines per trading day -> did the DJIA close up (1) or down (0)?
Bag of bigrams + logistic regression, the classic kernel approach.
"""
import re

import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, roc_auc_score, confusion_matrix
from sklearn.pipeline import make_pipeline

data = pd.read_csv("Combined_News_DJIA.csv")
data["Date"] = pd.to_datetime(data["Date"])
data = data.sort_values("Date").reset_index(drop=True)
print(data.shape, data["Date"].min().date(), data["Date"].max().date())
print("up-day share:", round(data["Label"].mean(), 3))

headline_cols = [f"Top{i}" for i in range(1, 26)]


def clean(h):
    h = str(h)
    h = re.sub(r"^b['\"]", "", h)       # the scraped strings look like b'...'
    h = re.sub(r"[^a-zA-Z ]", " ", h)
    return h.lower()


data["headlines"] = data[headline_cols].fillna("").apply(
    lambda row: " ".join(clean(h) for h in row), axis=1)

# as in the dataset description: train on 2008-2014, test on 2015-2016
train = data[data["Date"] < "2015-01-01"]
test = data[data["Date"] >= "2015-01-01"]
X_train, y_train = train["headlines"], train["Label"]
X_test, y_test = test["headlines"], test["Label"]
print("train days:", len(X_train), "test days:", len(X_test))

model = make_pipeline(
    CountVectorizer(ngram_range=(2, 2), min_df=2),
    LogisticRegression(C=0.1, max_iter=1000),
)
model.fit(X_train, y_train)

pred = model.predict(X_test)
proba = model.predict_proba(X_test)[:, 1]

majority = DummyClassifier(strategy="most_frequent").fit(X_train, y_train)
print("majority baseline accuracy:", round(accuracy_score(y_test, majority.predict(X_test)), 4))
print("bigram logreg accuracy   :", round(accuracy_score(y_test, pred), 4))
print("bigram logreg ROC AUC    :", round(roc_auc_score(y_test, proba), 4))
print(confusion_matrix(y_test, pred))

vec = model.named_steps["countvectorizer"]
coef = model.named_steps["logisticregression"].coef_[0]
words = pd.DataFrame({"bigram": vec.get_feature_names_out(), "coef": coef})
print("\nmost 'up' bigrams:\n", words.nlargest(10, "coef").to_string(index=False))
print("\nmost 'down' bigrams:\n", words.nsmallest(10, "coef").to_string(index=False))
