"""Support ticket routing take-home: predict the ticket category from subject/body.

TF-IDF on subject + body plus two log-scaled counts, multinomial logistic
regression, macro-F1 on a stratified holdout. Everything learned lives in one
Pipeline so the holdout never touches the vocabulary.
"""
import json

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import classification_report, f1_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import FunctionTransformer

task = json.load(open("task.json"))
TARGET = task["target"]
ID = task["id_column"]

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(df.shape, test.shape)
print(df[TARGET].value_counts(normalize=True).round(3))


def clean(s: pd.Series) -> pd.Series:
    return (
        s.fillna("")
        .str.lower()
        .str.replace(r"https?://\S+", " url ", regex=True)
        .str.replace(r"\d+", " 0 ", regex=True)
    )


for frame in (df, test):
    frame["text"] = clean(frame["subject"]) + " . " + clean(frame["body"])
    frame[["attachment_count", "n_prior_tickets"]] = frame[
        ["attachment_count", "n_prior_tickets"]
    ].fillna(0)

FEATURES = ["text", "attachment_count", "n_prior_tickets"]
X = df[FEATURES]
y = df[TARGET]

X_tr, X_va, y_tr, y_va = train_test_split(
    X, y, test_size=0.2, stratify=y, random_state=42
)

features = ColumnTransformer(
    [
        ("tfidf", TfidfVectorizer(ngram_range=(1, 2), min_df=3, max_features=60000,
                                  sublinear_tf=True), "text"),
        ("counts", FunctionTransformer(np.log1p), ["attachment_count", "n_prior_tickets"]),
    ]
)
model = Pipeline(
    [
        ("features", features),
        ("clf", LogisticRegression(C=4.0, max_iter=2000, class_weight="balanced")),
    ]
)

baseline = DummyClassifier(strategy="most_frequent").fit(X_tr, y_tr)
print("baseline macro-F1:", round(f1_score(y_va, baseline.predict(X_va), average="macro"), 4))

model.fit(X_tr, y_tr)
pred = model.predict(X_va)
print("logreg macro-F1:", round(f1_score(y_va, pred, average="macro"), 4))
print(classification_report(y_va, pred, digits=3))

# refit on all labelled rows for the submission
model.fit(X, y)
pd.DataFrame({ID: test[ID], "prediction": model.predict(test[FEATURES])}).to_csv(
    "predictions.csv", index=False
)
print("wrote predictions.csv")
