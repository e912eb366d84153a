"""
amazon_sentiment.py
Sentiment classifier for Amazon fine food reviews (Reviews.csv from Kaggle).
Score 4-5 -> positive, 1-2 -> negative, 3 dropped.
"""
import re
import string
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.svm import LinearSVC
from sklearn.dummy import DummyClassifier
from sklearn.metrics import classification_report, f1_score, accuracy_score, confusion_matrix

reviews = pd.read_csv("data/Reviews.csv", usecols=["Score", "Summary", "Text"])
reviews = reviews.dropna().drop_duplicates(subset=["Text"])
reviews = reviews[reviews["Score"] != 3]
reviews["sentiment"] = (reviews["Score"] > 3).astype(int)
print(reviews.shape)
print(reviews["sentiment"].value_counts())

URL = re.compile(r"https?://\S+|www\.\S+")
HTML = re.compile(r"<.*?>")


def clean(text):
    text = text.lower()
    text = URL.sub(" ", text)
    text = HTML.sub(" ", text)
    text = text.translate(str.maketrans("", "", string.punctuation))
    return re.sub(r"\s+", " ", text).strip()


reviews["doc"] = (reviews["Summary"] + " " + reviews["Text"]).apply(clean)

X_train, X_test, y_train, y_test = train_test_split(
    reviews["doc"], reviews["sentiment"], test_size=0.2, stratify=reviews["sentiment"], random_state=3)

pipe = Pipeline([
    ("tfidf", TfidfVectorizer(ngram_range=(1, 2), min_df=5, max_df=0.9, sublinear_tf=True)),
    ("svm", LinearSVC(C=0.5, class_weight="balanced")),
])
pipe.fit(X_train, y_train)
pred = pipe.predict(X_test)

print("accuracy:", accuracy_score(y_test, pred))
print("macro F1:", f1_score(y_test, pred, average="macro"))
print(classification_report(y_test, pred, target_names=["neg", "pos"]))
print(confusion_matrix(y_test, pred))

# reviews are ~85% positive, so check we beat always-predicting-positive
dummy = DummyClassifier(strategy="most_frequent").fit(X_train, y_train)
dpred = dummy.predict(X_test)
print("dummy accuracy:", accuracy_score(y_test, dpred), " dummy macro F1:", f1_score(y_test, dpred, average="macro"))

# quick sanity check on some made up reviews
for s in ["absolutely loved it, will buy again", "tasted stale and arrived broken", "not bad at all"]:
    print(s, "->", pipe.predict([clean(s)])[0])
