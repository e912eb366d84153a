"""Negative app review classifier: text features learned inside the CV pipeline."""
import re
import numpy as np
import pandas as pd
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.compose import ColumnTransformer
from sklearn.preprocessing import FunctionTransformer, StandardScaler
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.decomposition import TruncatedSVD
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import train_test_split, cross_validate, StratifiedKFold
from sklearn.metrics import roc_auc_score, f1_score

URL = re.compile(r"https?://\S+")


def clean_text(series):
    return series.str.lower().str.replace(URL, " ", regex=True).str.replace(r"[^a-z0-9!?' ]+", " ", regex=True)


def text_stats(df):
    s = df["content"]
    return np.c_[np.log1p(s.str.len()), s.str.count("!"),
                 s.map(lambda t: sum(ch.isupper() for ch in t) / max(len(t), 1)),
                 np.log1p(df["thumbsUpCount"])]


reviews = pd.read_csv("data/app_reviews.csv").dropna(subset=["content"]).drop_duplicates(subset=["content"])
reviews["negative"] = (reviews["score"] <= 2).astype(int)
reviews["text"] = clean_text(reviews["content"])
print(reviews.shape, reviews["negative"].mean().round(3))

X = reviews[["text", "content", "thumbsUpCount"]]
y = reviews["negative"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=5)

features = ColumnTransformer([
    ("lsa", make_pipeline(TfidfVectorizer(ngram_range=(1, 2), min_df=3, max_features=60000,
                                          sublinear_tf=True),
                          TruncatedSVD(n_components=150, random_state=5)), "text"),
    ("tfidf", TfidfVectorizer(ngram_range=(1, 2), min_df=3, sublinear_tf=True), "text"),
    ("stats", make_pipeline(FunctionTransformer(text_stats), StandardScaler()),
     ["content", "thumbsUpCount"]),
])
clf = Pipeline([("feat", features),
                ("lr", LogisticRegression(C=4.0, max_iter=4000, class_weight="balanced"))])

cv = cross_validate(clf, X_train, y_train, cv=StratifiedKFold(5, shuffle=True, random_state=5),
                    scoring=["roc_auc", "f1"], return_estimator=True, n_jobs=-1)
print("CV AUC %.4f  F1 %.4f" % (cv["test_roc_auc"].mean(), cv["test_f1"].mean()))

# the five fold models are averaged for the holdout prediction
proba = np.mean([est.predict_proba(X_test)[:, 1] for est in cv["estimator"]], axis=0)
print("holdout AUC %.4f  F1 %.4f" % (roc_auc_score(y_test, proba), f1_score(y_test, proba > 0.5)))
dummy = DummyClassifier(strategy="stratified", random_state=5).fit(X_train, y_train)
print("dummy AUC %.4f" % roc_auc_score(y_test, dummy.predict_proba(X_test)[:, 1]))
