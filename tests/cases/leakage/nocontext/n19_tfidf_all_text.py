import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score

reviews = pd.read_csv("reviews.csv")
vec = TfidfVectorizer(min_df=3, ngram_range=(1, 2))
X = vec.fit_transform(reviews["text"])
y = reviews["sentiment"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=0)
clf = LogisticRegression(max_iter=1000).fit(X_train, y_train)
print(f1_score(y_test, clf.predict(X_test), average="macro"))
