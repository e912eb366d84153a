"""IMDB sentiment - TF-IDF + linear models in a Pipeline.

The vectorizer learns its vocabulary and idf weights from the training reviews
only; the test reviews are transformed with that vocabulary.
"""
import re
import numpy as np
import pandas as pd
from sklearn.pipeline import Pipeline
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.svm import LinearSVC
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import train_test_split, GridSearchCV
from sklearn.metrics import accuracy_score, f1_score, classification_report


def clean(text: str) -> str:
    text = re.sub(r"<br\s*/?>", " ", text)
    text = re.sub(r"[^a-zA-Z']", " ", text).lower()
    return re.sub(r"\s+", " ", text).strip()


def main():
    df = pd.read_csv("IMDB Dataset.csv")
    print(df.shape)
    print(df["sentiment"].value_counts())
    print(df["review"].str.len().describe())

    df["clean"] = df["review"].map(clean)
    y = (df["sentiment"] == "positive").astype(int)

    X_train, X_test, y_train, y_test = train_test_split(
        df["clean"], y, test_size=0.2, stratify=y, random_state=42)

    baseline = DummyClassifier(strategy="most_frequent").fit(X_train.to_frame(), y_train)
    print("baseline accuracy:", accuracy_score(y_test, baseline.predict(X_test.to_frame())))

    pipe = Pipeline([
        ("tfidf", TfidfVectorizer(ngram_range=(1, 2), min_df=3, max_df=0.9, sublinear_tf=True)),
        ("clf", LogisticRegression(max_iter=2000)),
    ])
    grid = [
        {"clf": [LogisticRegression(max_iter=2000)], "clf__C": [1, 4, 10]},
        {"clf": [LinearSVC()], "clf__C": [0.1, 0.5, 1]},
    ]
    search = GridSearchCV(pipe, grid, cv=3, scoring="accuracy", n_jobs=-1, verbose=1)
    search.fit(X_train, y_train)
    print("best:", search.best_params_, "CV accuracy:", round(search.best_score_, 4))

    pred = search.predict(X_test)
    print("test accuracy:", accuracy_score(y_test, pred))
    print("test F1:", f1_score(y_test, pred))
    print(classification_report(y_test, pred, target_names=["negative", "positive"]))

    best = search.best_estimator_
    vocab = np.array(best.named_steps["tfidf"].get_feature_names_out())
    if hasattr(best.named_steps["clf"], "coef_"):
        coef = best.named_steps["clf"].coef_.ravel()
        print("top positive n-grams:", vocab[np.argsort(coef)[-15:]])
        print("top negative n-grams:", vocab[np.argsort(coef)[:15]])

    out = pd.DataFrame({"review_index": X_test.index, "pred": pred, "true": y_test.values})
    out.to_csv("test_predictions.csv", index=False)


if __name__ == "__main__":
    main()
