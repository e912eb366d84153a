"""IMDB 50K reviews: TF-IDF + linear model tuned with a grid search on the training split."""
import re

import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, f1_score, roc_auc_score
from sklearn.model_selection import GridSearchCV, train_test_split
from sklearn.pipeline import Pipeline


def clean_text(text):
    text = re.sub(r"<[^>]+>", " ", text).lower()
    text = re.sub(r"[^a-z' ]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def main():
    df = pd.read_csv("IMDB Dataset.csv")
    df["text"] = df["review"].map(clean_text)
    df["y"] = df["sentiment"].eq("positive").astype(int)

    X_train, X_test, y_train, y_test = train_test_split(
        df["text"], df["y"], test_size=0.2, random_state=42, stratify=df["y"]
    )

    pipe = Pipeline([
        ("tfidf", TfidfVectorizer(sublinear_tf=True, min_df=5, max_df=0.9)),
        ("clf", LogisticRegression(max_iter=1000, solver="liblinear")),
    ])
    grid = {
        "tfidf__ngram_range": [(1, 1), (1, 2)],
        "tfidf__max_features": [50_000, 200_000],
        "clf__C": [0.5, 2.0, 8.0],
    }
    search = GridSearchCV(pipe, grid, cv=3, scoring="f1", n_jobs=-1, verbose=1)
    search.fit(X_train, y_train)
    print("best params:", search.best_params_)
    print("best CV F1 :", round(search.best_score_, 4))

    dummy = DummyClassifier(strategy="most_frequent").fit(X_train, y_train)
    print("baseline accuracy (majority class):", round(accuracy_score(y_test, dummy.predict(X_test)), 4))

    pred = search.predict(X_test)
    proba = search.predict_proba(X_test)[:, 1]
    print("test accuracy:", round(accuracy_score(y_test, pred), 4))
    print("test F1      :", round(f1_score(y_test, pred), 4))
    print("test ROC AUC :", round(roc_auc_score(y_test, proba), 4))


if __name__ == "__main__":
    main()
