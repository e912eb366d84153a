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
from sklearn.metrics import average_precision_score, f1_score, roc_auc_score
from sklearn.model_selection import StratifiedKFold

TOKEN = re.compile(r"[a-z']+")


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


def fit_text_block(texts, labels):
    """TF-IDF vocabulary and chi2 selection learned from the given (training) rows only."""
    vec = TfidfVectorizer(ngram_range=(1, 2), min_df=3, max_df=0.9, sublinear_tf=True, max_features=200_000)
    sel = SelectKBest(chi2, k=5000)
    sel.fit(vec.fit_transform(texts), labels)
    return vec, sel


def assemble(vec, sel, texts, dense):
    return sparse.hstack([sel.transform(vec.transform(texts)), sparse.csr_matrix(dense)]).tocsr()


train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
y = train["fraudulent"].to_numpy()
print(f"{len(train)} postings, {y.sum()} fraudulent ({y.mean():.2%})")

text_tr = full_text(train)
text_te = full_text(test)
print("median words:", text_tr.str.split().str.len().median())

glove = api.load("glove-wiki-gigaword-100")
D_tr = np.hstack([glove_average(text_tr, glove), flags(train)])
D_te = np.hstack([glove_average(text_te, glove), flags(test)])

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=99)
rows = []
for k, (a, b) in enumerate(cv.split(text_tr, y)):
    vec, sel = fit_text_block(text_tr.iloc[a], y[a])
    X_a = assemble(vec, sel, text_tr.iloc[a], D_tr[a])
    X_b = assemble(vec, sel, text_tr.iloc[b], D_tr[b])
    clf = LogisticRegression(C=4.0, class_weight="balanced", solver="liblinear", max_iter=2000).fit(X_a, y[a])
    p = clf.predict_proba(X_b)[:, 1]
    d = DummyClassifier(strategy="stratified", random_state=99).fit(X_a, y[a]).predict_proba(X_b)[:, 1]
    rows.append({"fold": k,
                 "pr_auc": average_precision_score(y[b], p), "roc_auc": roc_auc_score(y[b], p),
                 "f1": f1_score(y[b], p > 0.5),
                 "dummy_pr_auc": average_precision_score(y[b], d), "dummy_roc_auc": roc_auc_score(y[b], d)})

print(pd.DataFrame(rows).set_index("fold").round(3))
print(pd.DataFrame(rows).drop(columns="fold").mean().round(3))

vec, sel = fit_text_block(text_tr, y)
terms = np.array(vec.get_feature_names_out())[sel.get_support()]
print("top chi2 terms:", ", ".join(terms[np.argsort(sel.scores_[sel.get_support()])[::-1][:25]]))

clf = LogisticRegression(C=4.0, class_weight="balanced", solver="liblinear", max_iter=2000)
clf.fit(assemble(vec, sel, text_tr, D_tr), y)
pd.DataFrame({"posting_id": test["posting_id"],
              "prediction": clf.predict_proba(assemble(vec, sel, text_te, D_te))[:, 1]}).to_csv(
    "predictions.csv", index=False)
