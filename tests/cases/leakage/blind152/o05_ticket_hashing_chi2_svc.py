# Ticket category prediction -- hashed text features + chi2 pruning + LinearSVC
# Hashing keeps memory flat (no vocabulary to store); chi2 keeps the useful buckets.

import pandas as pd
import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.feature_selection import SelectKBest, chi2
from sklearn.svm import LinearSVC
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import train_test_split
from sklearn.metrics import f1_score, classification_report, accuracy_score

RANDOM_STATE = 0
N_BUCKETS = 2 ** 18
K_BEST = 20000

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

print("rows:", len(train))
print(train["category"].value_counts())
print(train.isna().mean().sort_values(ascending=False).head())

hasher = HashingVectorizer(
    n_features=N_BUCKETS,
    ngram_range=(1, 2),
    alternate_sign=False,
    norm="l2",
    stop_words="english",
)


def build_matrix(frame):
    text = (frame["subject"].fillna("") + " " + frame["body"].fillna("")).str.lower()
    text_part = hasher.transform(text)
    meta = pd.get_dummies(frame[["channel", "customer_tier", "product"]].astype(str))
    meta["attachment_count"] = frame["attachment_count"].fillna(0).clip(0, 10) / 10.0
    meta["has_prior"] = (frame["n_prior_tickets"].fillna(0) > 0).astype(float)
    return text_part, meta


text_all, meta_all = build_matrix(train)
X_all = sp.hstack([text_all, sp.csr_matrix(meta_all.to_numpy(dtype=float))]).tocsr()
y_all = train["category"].to_numpy()

# keep the k most class-dependent columns
selector = SelectKBest(chi2, k=K_BEST)
X_sel = selector.fit_transform(X_all, y_all)
print("kept columns:", X_sel.shape[1])

X_tr, X_te, y_tr, y_te = train_test_split(
    X_sel, y_all, test_size=0.2, random_state=RANDOM_STATE, stratify=y_all
)

dummy = DummyClassifier(strategy="most_frequent")
dummy.fit(X_tr, y_tr)
print("majority baseline: acc=%.3f macroF1=%.3f" % (
    accuracy_score(y_te, dummy.predict(X_te)),
    f1_score(y_te, dummy.predict(X_te), average="macro"),
))

svc = LinearSVC(C=0.5, class_weight="balanced")
svc.fit(X_tr, y_tr)
pred = svc.predict(X_te)
print("LinearSVC:         acc=%.3f macroF1=%.3f" % (
    accuracy_score(y_te, pred), f1_score(y_te, pred, average="macro")
))
print(classification_report(y_te, pred, digits=3))

# submission
text_test, meta_test = build_matrix(test)
meta_test = meta_test.reindex(columns=meta_all.columns, fill_value=0)
X_test = sp.hstack([text_test, sp.csr_matrix(meta_test.to_numpy(dtype=float))]).tocsr()
svc.fit(X_sel, y_all)
out = pd.DataFrame({"ticket_id": test["ticket_id"], "prediction": svc.predict(selector.transform(X_test))})
out.to_csv("predictions.csv", index=False)
