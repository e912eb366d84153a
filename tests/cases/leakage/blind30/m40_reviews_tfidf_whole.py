import re

import numpy as np
import polars as pl
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import classification_report, f1_score
from sklearn.model_selection import train_test_split

reviews = pl.read_ndjson("data/reviews.jsonl").select("review_text", "stars")
reviews = reviews.filter(pl.col("review_text").str.len_chars() > 20).with_columns(
    (pl.col("stars") >= 4).cast(pl.Int8).alias("positive")
)
print(reviews["positive"].value_counts())

URL = re.compile(r"https?://\S+")


def normalise(text: str) -> str:
    text = URL.sub(" ", text.lower())
    return re.sub(r"[^a-z' ]+", " ", text)


print("avg length:", reviews["review_text"].str.len_chars().mean())
print("stars distribution:", reviews.group_by("stars").len().sort("stars").to_dicts())

texts = reviews["review_text"].map_elements(normalise, return_dtype=pl.String).to_list()
labels = reviews["positive"].to_numpy()

vectorizer = TfidfVectorizer(ngram_range=(1, 2), min_df=5, max_df=0.9, sublinear_tf=True)
X = vectorizer.fit_transform(texts)
print("vocabulary:", len(vectorizer.vocabulary_))

X_train, X_test, y_train, y_test = train_test_split(X, labels, test_size=0.2, stratify=labels,
                                                    random_state=3)

clf = LogisticRegression(C=4.0, max_iter=3000)
clf.fit(X_train, y_train)
pred = clf.predict(X_test)
print(classification_report(y_test, pred, digits=3))
print("macro F1:", f1_score(y_test, pred, average="macro"))

majority = np.full_like(y_test, np.bincount(y_train).argmax())
print("majority-class macro F1:", f1_score(y_test, majority, average="macro"))

terms = np.array(vectorizer.get_feature_names_out())
order = np.argsort(clf.coef_[0])
print("most negative:", terms[order[:15]])
print("most positive:", terms[order[-15:]])

# look at a few confident mistakes
proba = clf.predict_proba(X_test)[:, 1]
wrong = np.where(pred != y_test)[0]
confident = wrong[np.argsort(-np.abs(proba[wrong] - 0.5))][:5]
_, test_idx = train_test_split(np.arange(len(texts)), test_size=0.2, stratify=labels, random_state=3)
for i in confident:
    print(f"p={proba[i]:.2f} label={y_test[i]} :: {texts[test_idx[i]][:120]}")
