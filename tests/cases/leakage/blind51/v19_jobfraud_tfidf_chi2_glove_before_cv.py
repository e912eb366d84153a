"""Fake job postings: TF-IDF + chi2 selection + averaged GloVe vectors -> logistic regression."""
import re

import gensim.downloader as api
import numpy as np
import pandas as pd
from scipy import sparse
from sklearn.dummy import DummyClassifier
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.feature_selection import SelectKBest, chi2
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_validate

TOKEN = re.compile(r"[a-z']+")
SCORING = {"pr_auc": "average_precision", "roc_auc": "roc_auc", "f1": "f1"}


def full_text(frame):
    cols = ["title", "company_profile", "description", "requirements", "benefits"]
    return frame[cols].fillna("").agg(" ".join, axis=1).str.lower()


def glove_average(texts, kv):
    dim = kv.vector_size
    rows = []
    for t in texts:
        vecs = [kv[w] for w in TOKEN.findall(t) if w in kv.key_to_index]
        rows.append(np.mean(vecs, axis=0) if vecs else np.zeros(dim))
    return np.vstack(rows)


def flags(frame):
    return np.column_stack([
        frame["telecommuting"].fillna(0).to_numpy(),
        frame["has_company_logo"].fillna(0).to_numpy(),
        frame["has_questions"].fillna(0).to_numpy(),
        frame["salary_range"].notna().to_numpy(),
    ]).astype(float)


train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
y = train["fraudulent"].to_numpy()
print(f"{len(train)} postings, {y.sum()} fraudulent ({y.mean():.2%})")

text_tr = full_text(train)
text_te = full_text(test)
print("median words:", text_tr.str.split().str.len().median())

# --- sparse text block --------------------------------------------------------
tfidf = TfidfVectorizer(ngram_range=(1, 2), min_df=3, max_df=0.9, sublinear_tf=True, max_features=200_000)
T_tr = tfidf.fit_transform(text_tr)
T_te = tfidf.transform(text_te)

selector = SelectKBest(chi2, k=5000)
T_tr = selector.fit_transform(T_tr, y)
T_te = selector.transform(T_te)
terms = np.array(tfidf.get_feature_names_out())[selector.get_support()]
top = np.argsort(selector.scores_[selector.get_support()])[::-1][:25]
print("top chi2 terms:", ", ".join(terms[top]))

# --- dense pretrained block ----------------------------------------------------
glove = api.load("glove-wiki-gigaword-100")
G_tr = glove_average(text_tr, glove)
G_te = glove_average(text_te, glove)

X_tr = sparse.hstack([T_tr, sparse.csr_matrix(G_tr), sparse.csr_matrix(flags(train))]).tocsr()
X_te = sparse.hstack([T_te, sparse.csr_matrix(G_te), sparse.csr_matrix(flags(test))]).tocsr()

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=99)
clf = LogisticRegression(C=4.0, class_weight="balanced", solver="liblinear", max_iter=2000)

res = cross_validate(clf, X_tr, y, cv=cv, scoring=SCORING)
dummy = cross_validate(DummyClassifier(strategy="stratified", random_state=99), X_tr, y, cv=cv, scoring=SCORING)
for name, r in (("logreg", res), ("dummy", dummy)):
    print(f"{name:<7}", " ".join(f"{k}={r['test_' + k].mean():.3f}" for k in SCORING))

clf.fit(X_tr, y)
pd.DataFrame({"posting_id": test["posting_id"], "prediction": clf.predict_proba(X_te)[:, 1]}).to_csv(
    "predictions.csv", index=False)
