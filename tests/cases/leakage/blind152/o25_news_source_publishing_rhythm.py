# News topic model: text + publishing-rhythm features per outlet.
# Idea: breaking politics / sport items come in bursts from the same outlet, long-form
# culture pieces are spaced out. Gap between consecutive articles from a source captures that.

import numpy as np
import pandas as pd
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import f1_score, classification_report

df = pd.read_csv("train.csv")
df["publish_date"] = pd.to_datetime(df["publish_date"])
df = df.sort_values(["publish_date", "article_id"]).reset_index(drop=True)

# -------- rhythm features
by_src = df.groupby("source")["publish_date"]
df["hours_to_next_same_source"] = (
    (by_src.shift(-1) - df["publish_date"]).dt.total_seconds() / 3600
)
df["hours_to_next_same_source"] = np.log1p(df["hours_to_next_same_source"].fillna(24 * 14))
df["dow"] = df["publish_date"].dt.dayofweek
df["hour"] = df["publish_date"].dt.hour
df["log_words"] = np.log1p(df["word_count"])
df["log_links"] = np.log1p(df["n_links"])
rhythm = ["hours_to_next_same_source", "dow", "hour", "log_words", "log_links"]

# -------- chronological split: last 2 months are the evaluation window
cut = df["publish_date"].max() - pd.DateOffset(months=2)
train = df[df["publish_date"] <= cut].copy()
valid = df[df["publish_date"] > cut].copy()
print(f"train {len(train)} rows  | valid {len(valid)} rows  | cut {cut.date()}")

text_vec = TfidfVectorizer(ngram_range=(1, 2), min_df=3, max_features=80000, sublinear_tf=True)
src_enc = OneHotEncoder(handle_unknown="ignore")
scaler = StandardScaler()


def design(frame, fit=False):
    text = frame["headline"].fillna("") + " " + frame["body"].fillna("")
    if fit:
        T = text_vec.fit_transform(text)
        S = src_enc.fit_transform(frame[["source"]])
        R = scaler.fit_transform(frame[rhythm])
    else:
        T = text_vec.transform(text)
        S = src_enc.transform(frame[["source"]])
        R = scaler.transform(frame[rhythm])
    return sparse.hstack([T, S, sparse.csr_matrix(R)]).tocsr()


X_train = design(train, fit=True)
X_valid = design(valid)

clf = LogisticRegression(max_iter=4000, C=2.0, class_weight="balanced")
clf.fit(X_train, train["topic"])
pred = clf.predict(X_valid)

prior = DummyClassifier(strategy="most_frequent").fit(X_train, train["topic"])
print("most-frequent baseline macro-F1:", round(f1_score(valid["topic"], prior.predict(X_valid), average="macro"), 4))
print("model macro-F1:", round(f1_score(valid["topic"], pred, average="macro"), 4))
print(classification_report(valid["topic"], pred, digits=3))

coef = pd.DataFrame(clf.coef_[:, -len(rhythm):], index=clf.classes_, columns=rhythm)
print(coef.round(3))
