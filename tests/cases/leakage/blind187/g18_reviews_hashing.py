import re
import html
import numpy as np
import pandas as pd
from scipy.sparse import hstack, csr_matrix
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score, f1_score, classification_report

# product reviews -> is the review negative (1-2 stars)?
reviews = pd.read_csv("reviews.csv")
reviews = reviews.dropna(subset=["review_text"]).drop_duplicates(subset=["review_text"])
reviews["label"] = (reviews["stars"] <= 2).astype(int)
print(reviews.shape)
print(reviews["label"].value_counts())

URL = re.compile(r"https?://\S+")
NUM = re.compile(r"\d+")
REPEAT = re.compile(r"(.)\1{2,}")


def clean(text: str) -> str:
    text = html.unescape(text).lower()
    text = URL.sub(" url ", text)
    text = NUM.sub(" 0 ", text)
    text = REPEAT.sub(r"\1\1", text)
    return re.sub(r"\s+", " ", text).strip()


reviews["clean"] = reviews["review_text"].map(clean)
reviews["n_chars"] = reviews["review_text"].str.len()
reviews["n_excl"] = reviews["review_text"].str.count("!")
reviews["caps_ratio"] = reviews["review_text"].map(
    lambda t: sum(ch.isupper() for ch in t) / max(len(t), 1))

# hashing: no vocabulary and no document frequencies are learned, every row is hashed on its own
word_vec = HashingVectorizer(ngram_range=(1, 2), n_features=2**20, alternate_sign=False, norm="l2")
char_vec = HashingVectorizer(analyzer="char_wb", ngram_range=(2, 5), n_features=2**20,
                             alternate_sign=False, norm="l2")
X_word = word_vec.transform(reviews["clean"])
X_char = char_vec.transform(reviews["clean"])

meta = reviews[["n_chars", "n_excl", "caps_ratio"]].to_numpy(dtype=float)
meta[:, 0] = np.log1p(meta[:, 0])
meta[:, 1] = np.log1p(meta[:, 1])
X_all = hstack([X_word, X_char, csr_matrix(meta)]).tocsr()
y_all = reviews["label"].to_numpy()
print("feature matrix:", X_all.shape)

X_train, X_test, y_train, y_test = train_test_split(
    X_all, y_all, test_size=0.2, stratify=y_all, random_state=0
)

clf = LogisticRegression(C=4.0, solver="liblinear", max_iter=1000)
clf.fit(X_train, y_train)
proba = clf.predict_proba(X_test)[:, 1]
pred = (proba >= 0.5).astype(int)

print(f"test ROC AUC: {roc_auc_score(y_test, proba):.4f}")
print(f"test F1     : {f1_score(y_test, pred):.4f}")
print(classification_report(y_test, pred, digits=3))

# inspect a few probes: which hashed n-grams push towards a negative review?
probe = ["refund", "broke after", "waste of money", "love it", "works great", "five stars"]
h = word_vec.transform(probe)
for text, row in zip(probe, h):
    print(f"{text:>15s}: {float(row @ clf.coef_[0][: h.shape[1]]):+.3f}")
