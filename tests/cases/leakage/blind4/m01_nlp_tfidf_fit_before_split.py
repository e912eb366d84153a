import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
from sklearn.metrics import f1_score, classification_report

reviews = pd.read_csv("amazon_reviews.csv")
reviews = reviews.dropna(subset=["review_text"])
reviews["review_text"] = reviews["review_text"].str.lower().str.replace(r"[^a-z ]", " ", regex=True)
print(reviews["sentiment"].value_counts())

tfidf = TfidfVectorizer(max_features=20000, ngram_range=(1, 2), min_df=3)
X = tfidf.fit_transform(reviews["review_text"])
y = reviews["sentiment"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=42, stratify=y)
clf = LogisticRegression(C=4.0, max_iter=2000)
clf.fit(X_train, y_train)
pred = clf.predict(X_test)
print("F1 macro:", f1_score(y_test, pred, average="macro"))
print(classification_report(y_test, pred))
