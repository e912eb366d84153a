import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.metrics import f1_score

reviews = pd.read_csv("reviews.csv")
X_train, X_test, y_train, y_test = train_test_split(reviews["text"], reviews["sentiment"], test_size=0.2, random_state=0)
clf = make_pipeline(TfidfVectorizer(min_df=3, ngram_range=(1, 2)), LogisticRegression(max_iter=1000))
clf.fit(X_train, y_train)
print(f1_score(y_test, clf.predict(X_test), average="macro"))
