"""Disaster tweets: hashed n-grams + a few handcrafted counts, linear SVM.

HashingVectorizer has no vocabulary to learn, so it can be applied to train and test
in one go. The handcrafted counts are computed tweet by tweet.
"""
import re

import numpy as np
import pandas as pd
from scipy.sparse import csr_matrix, hstack
from sklearn.dummy import DummyClassifier
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.metrics import f1_score
from sklearn.model_selection import StratifiedKFold
from sklearn.svm import LinearSVC

train = pd.read_csv("/kaggle/input/nlp-getting-started/train.csv")
test = pd.read_csv("/kaggle/input/nlp-getting-started/test.csv")
n_train = len(train)
df = pd.concat([train, test], ignore_index=True)

URL_RE = re.compile(r"https?://\S+")
df["text_clean"] = df["text"].str.lower().str.replace(URL_RE, " url ", regex=True)
df["keyword"] = df["keyword"].fillna("none").str.replace("%20", "_")

# handcrafted, row-wise
df["n_chars"] = df["text"].str.len()
df["n_words"] = df["text"].str.split().str.len()
df["n_urls"] = df["text"].str.count(r"https?://")
df["n_hashtags"] = df["text"].str.count("#")
df["n_mentions"] = df["text"].str.count("@")
df["n_caps"] = df["text"].str.count(r"[A-Z]")
df["caps_ratio"] = df["n_caps"] / df["n_chars"].clip(lower=1)
df["has_location"] = df["location"].notna().astype(int)
num_cols = ["n_chars", "n_words", "n_urls", "n_hashtags", "n_mentions", "caps_ratio", "has_location"]
num = np.log1p(df[num_cols].values.astype(float))

hv_word = HashingVectorizer(ngram_range=(1, 2), n_features=2 ** 20, alternate_sign=False, norm="l2")
hv_char = HashingVectorizer(analyzer="char_wb", ngram_range=(3, 5), n_features=2 ** 20,
                            alternate_sign=False, norm="l2")
X_all = hstack([
    hv_word.transform(df["keyword"] + " " + df["text_clean"]),
    hv_char.transform(df["text_clean"]),
    csr_matrix(num),
]).tocsr()

X, X_test = X_all[:n_train], X_all[n_train:]
y = train["target"].values

skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=7)
oof = np.zeros(n_train, dtype=int)
oof_dummy = np.zeros(n_train, dtype=int)
for fold, (tr, va) in enumerate(skf.split(X, y)):
    svm = LinearSVC(C=0.1, class_weight="balanced")
    svm.fit(X[tr], y[tr])
    oof[va] = svm.predict(X[va])
    dummy = DummyClassifier(strategy="stratified", random_state=fold).fit(X[tr], y[tr])
    oof_dummy[va] = dummy.predict(X[va])
    print(f"fold {fold}: F1 {f1_score(y[va], oof[va]):.4f}")

print(f"OOF F1 (LinearSVC): {f1_score(y, oof):.4f}")
print(f"OOF F1 (dummy)    : {f1_score(y, oof_dummy):.4f}")

final = LinearSVC(C=0.1, class_weight="balanced").fit(X, y)
pd.DataFrame({"id": test["id"], "target": final.predict(X_test)}).to_csv("submission.csv", index=False)
