# ticket priority - tfidf + chi2 feature selection + linear model
# keeps the vocabulary small so the model is fast enough to run on every incoming ticket

import time

import numpy as np
import pandas as pd
from scipy.sparse import hstack, csr_matrix
from sklearn.dummy import DummyClassifier
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.feature_selection import SelectKBest, chi2
from sklearn.linear_model import SGDClassifier
from sklearn.metrics import balanced_accuracy_score, f1_score
from sklearn.model_selection import GroupShuffleSplit

t0 = time.time()
df = pd.read_csv("tickets_train.csv")
test = pd.read_csv("tickets_test.csv")
print(df.shape, test.shape)
print(df["priority"].value_counts(normalize=True).round(3))

# metadata that is known when the ticket is opened
META = ["channel", "product_area", "plan_tier"]


def text_of(d):
    return (d["subject"].fillna("") + " " + d["body"].fillna("")).str.lower()


def meta_of(d, columns=None):
    m = pd.get_dummies(d[META].fillna("na"), dtype=float)
    m["n_attachments"] = d["n_attachments"].clip(upper=10) / 10.0
    m["enterprise"] = (d["plan_tier"] == "enterprise").astype(float)
    if columns is not None:
        m = m.reindex(columns=columns, fill_value=0.0)
    return m


# ---- text features ----
tfidf = TfidfVectorizer(ngram_range=(1, 3), min_df=2, max_df=0.95, sublinear_tf=True,
                        strip_accents="unicode")
X_text = tfidf.fit_transform(text_of(df))
print("vocab size:", len(tfidf.vocabulary_))

# keep the 20k n-grams most associated with priority
selector = SelectKBest(chi2, k=min(20000, X_text.shape[1]))
X_text = selector.fit_transform(X_text, df["priority"])

M = meta_of(df)
X = hstack([X_text, csr_matrix(M.values)]).tocsr()
y = df["priority"].values

# ---- split by account ----
gss = GroupShuffleSplit(n_splits=1, test_size=0.25, random_state=123)
tr, va = next(gss.split(X, y, groups=df["account_id"]))
print("train accounts", df.iloc[tr]["account_id"].nunique(), "valid accounts", df.iloc[va]["account_id"].nunique())

clf = SGDClassifier(loss="modified_huber", alpha=2e-5, penalty="l2", class_weight="balanced",
                    max_iter=50, random_state=123)
clf.fit(X[tr], y[tr])
pred = clf.predict(X[va])

prior = DummyClassifier(strategy="prior").fit(X[tr], y[tr]).predict(X[va])
print(f"prior baseline : macro-F1 {f1_score(y[va], prior, average='macro'):.3f}  "
      f"bal.acc {balanced_accuracy_score(y[va], prior):.3f}")
print(f"sgd            : macro-F1 {f1_score(y[va], pred, average='macro'):.3f}  "
      f"bal.acc {balanced_accuracy_score(y[va], pred):.3f}")

for p in sorted(np.unique(y)):
    mask = y[va] == p
    print(p, "recall", round((pred[mask] == p).mean(), 3), "n", int(mask.sum()))

# ---- final ----
clf.fit(X, y)
X_test = hstack([selector.transform(tfidf.transform(text_of(test))),
                 csr_matrix(meta_of(test, M.columns).values)]).tocsr()
pd.DataFrame({"ticket_id": test["ticket_id"], "prediction": clf.predict(X_test)}).to_csv(
    "predictions.csv", index=False)
print(f"done in {time.time() - t0:.0f}s")
