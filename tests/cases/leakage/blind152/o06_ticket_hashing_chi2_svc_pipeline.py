# Ticket category prediction -- hashed text features + chi2 pruning + LinearSVC
# Hashing is stateless, so it can be applied to all rows up front; the chi2 step
# looks at labels, so it sits inside the pipeline and is refit on training rows only.

import pandas as pd
import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.feature_selection import SelectKBest, chi2
from sklearn.svm import LinearSVC
from sklearn.pipeline import Pipeline
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import train_test_split, cross_val_score, StratifiedKFold
from sklearn.metrics import f1_score, classification_report, accuracy_score

RANDOM_STATE = 0
N_BUCKETS = 2 ** 18
K_BEST = 20000

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

print("rows:", len(train))
print(train["category"].value_counts())

hasher = HashingVectorizer(
    n_features=N_BUCKETS,
    ngram_range=(1, 2),
    alternate_sign=False,
    norm="l2",
    stop_words="english",
)


def build_matrix(frame, meta_columns=None):
    text = (frame["subject"].fillna("") + " " + frame["body"].fillna("")).str.lower()
    text_part = hasher.transform(text)
    meta = pd.get_dummies(frame[["channel", "customer_tier", "product"]].astype(str))
    if meta_columns is not None:
        meta = meta.reindex(columns=meta_columns, fill_value=0)
    meta["attachment_count"] = frame["attachment_count"].fillna(0).clip(0, 10) / 10.0
    meta["has_prior"] = (frame["n_prior_tickets"].fillna(0) > 0).astype(float)
    X = sp.hstack([text_part, sp.csr_matrix(meta.to_numpy(dtype=float))]).tocsr()
    return X, [c for c in meta.columns if c not in ("attachment_count", "has_prior")]


X_all, meta_cols = build_matrix(train)
y_all = train["category"].to_numpy()

X_tr, X_te, y_tr, y_te = train_test_split(
    X_all, y_all, test_size=0.2, random_state=RANDOM_STATE, stratify=y_all
)

pipe = Pipeline([
    ("select", SelectKBest(chi2, k=K_BEST)),
    ("svc", LinearSVC(C=0.5, class_weight="balanced")),
])

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=RANDOM_STATE)
cv_scores = cross_val_score(pipe, X_tr, y_tr, cv=cv, scoring="f1_macro")
print("CV macro-F1 on train part: %.3f +/- %.3f" % (cv_scores.mean(), cv_scores.std()))

dummy = DummyClassifier(strategy="most_frequent")
dummy.fit(X_tr, y_tr)
print("majority baseline: acc=%.3f macroF1=%.3f" % (
    accuracy_score(y_te, dummy.predict(X_te)),
    f1_score(y_te, dummy.predict(X_te), average="macro"),
))

pipe.fit(X_tr, y_tr)
pred = pipe.predict(X_te)
print("LinearSVC:         acc=%.3f macroF1=%.3f" % (
    accuracy_score(y_te, pred), f1_score(y_te, pred, average="macro")
))
print(classification_report(y_te, pred, digits=3))

# submission
X_test, _ = build_matrix(test, meta_columns=meta_cols)
pipe.fit(X_all, y_all)
out = pd.DataFrame({"ticket_id": test["ticket_id"], "prediction": pipe.predict(X_test)})
out.to_csv("predictions.csv", index=False)
