import re
import html
import numpy as np
import pandas as pd
from scipy.sparse import hstack, csr_matrix
from sklearn.feature_extraction.text import TfidfVectorizer
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

word_vec = TfidfVectorizer(ngram_range=(1, 2), min_df=3, max_df=0.9, sublinear_tf=True,
                           max_features=200_000)
char_vec = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=5, sublinear_tf=True,
                           max_features=300_000)
X_word = word_vec.fit_transform(reviews["clean"])
X_char = char_vec.fit_transform(reviews["clean"])

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

vocab = np.array(word_vec.get_feature_names_out())
coefs = clf.coef_[0][: len(vocab)]
print("most negative-review words:", vocab[np.argsort(coefs)[-25:]][::-1])
print("most positive-review words:", vocab[np.argsort(coefs)[:25]])
