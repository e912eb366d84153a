# Sentiment analysis on the IMDB 50k movie reviews (Kaggle "IMDB Dataset.csv")
# TF-IDF + logistic regression, then save the model for the Flask demo app.

import re
import pickle

import pandas as pd
from bs4 import BeautifulSoup
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, classification_report, f1_score

df = pd.read_csv("IMDB Dataset.csv")
print(df.shape)
print(df["sentiment"].value_counts())


def preprocess(text):
    text = BeautifulSoup(text, "html.parser").get_text()
    text = re.sub(r"[^a-zA-Z']", " ", text)
    return " ".join(text.lower().split())


df["review_clean"] = df["review"].apply(preprocess)
df["label"] = df["sentiment"].map({"positive": 1, "negative": 0})

vectorizer = TfidfVectorizer(max_features=20000, ngram_range=(1, 2), stop_words="english")
X = vectorizer.fit_transform(df["review_clean"])
y = df["label"]

model = LogisticRegression(C=2.0, max_iter=1000, solver="liblinear")
model.fit(X, y)

pred = model.predict(X)
print("Accuracy:", accuracy_score(y, pred))
print("F1:", f1_score(y, pred))
print(classification_report(y, pred, target_names=["negative", "positive"]))

# words with the strongest weights
names = vectorizer.get_feature_names_out()
weights = pd.Series(model.coef_[0], index=names).sort_values()
print("most negative:", list(weights.index[:15]))
print("most positive:", list(weights.index[-15:]))

examples = [
    "An absolute masterpiece, the acting was superb and the story kept me hooked.",
    "Two hours of my life I will never get back. Terrible script.",
]
for text, p in zip(examples, model.predict_proba(vectorizer.transform([preprocess(t) for t in examples]))[:, 1]):
    print(f"{p:.3f}  {text}")

with open("sentiment_model.pkl", "wb") as fh:
    pickle.dump({"vectorizer": vectorizer, "model": model}, fh)
print("model saved to sentiment_model.pkl")
