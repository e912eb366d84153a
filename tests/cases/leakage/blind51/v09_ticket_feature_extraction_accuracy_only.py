# Support ticket urgency -- candidate solution
# Embeddings: HF feature-extraction pipeline (distilroberta), mean over tokens.
# Model: logistic regression on embeddings + metadata, 5-fold CV grouped by customer.

import numpy as np
import pandas as pd
from transformers import pipeline
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold, cross_val_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

extractor = pipeline("feature-extraction", model="distilroberta-base", truncation=True,
                     max_length=256, framework="pt")


def doc_vector(text):
    token_vectors = np.asarray(extractor(text)[0])     # (n_tokens, 768)
    return token_vectors.mean(axis=0)


def embed_all(texts):
    return np.vstack([doc_vector(t) for t in texts])


def meta_matrix(frame):
    m = pd.DataFrame({
        "age": np.log1p(frame["account_age_days"].fillna(0).clip(lower=0)),
        "prior": frame["prior_tickets_90d"].fillna(0),
        "attach": frame["attachments"].fillna(0),
        "exclaims": frame["body"].fillna("").str.count("!"),
        "caps_ratio": frame["subject"].fillna("").apply(
            lambda s: sum(ch.isupper() for ch in s) / max(len(s), 1)),
    })
    m = m.join(pd.get_dummies(frame["channel"], prefix="ch", dtype=float))
    m = m.join(pd.get_dummies(frame["plan_tier"], prefix="tier", dtype=float))
    return m


train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(train.shape, test.shape)
print(train["is_urgent"].value_counts())

texts = (train["subject"].fillna("") + ". " + train["body"].fillna("")).tolist()
texts_test = (test["subject"].fillna("") + ". " + test["body"].fillna("")).tolist()

meta = meta_matrix(train)
meta_test = meta_matrix(test).reindex(columns=meta.columns, fill_value=0.0)

X = np.hstack([embed_all(texts), meta.to_numpy(dtype=float)])
X_test = np.hstack([embed_all(texts_test), meta_test.to_numpy(dtype=float)])
y = train["is_urgent"].to_numpy()
groups = train["customer_id"]

cv = GroupKFold(n_splits=5)

clf = Pipeline([
    ("scale", StandardScaler()),
    ("lr", LogisticRegression(C=0.3, max_iter=5000)),
])

scores = cross_val_score(clf, X, y, groups=groups, cv=cv, scoring="accuracy")
baseline = cross_val_score(DummyClassifier(strategy="most_frequent"), X, y, groups=groups, cv=cv,
                           scoring="accuracy")

print("logreg   accuracy per fold:", np.round(scores, 3), "mean", round(scores.mean(), 4))
print("majority accuracy per fold:", np.round(baseline, 3), "mean", round(baseline.mean(), 4))

for C in (0.03, 0.1, 0.3, 1.0):
    clf.set_params(lr__C=C)
    s = cross_val_score(clf, X, y, groups=groups, cv=cv, scoring="accuracy")
    print(f"C={C:<5} accuracy {s.mean():.4f} +- {s.std():.4f}")

clf.set_params(lr__C=0.3)
clf.fit(X, y)
submission = pd.DataFrame({"ticket_id": test["ticket_id"], "prediction": clf.predict_proba(X_test)[:, 1]})
submission.to_csv("predictions.csv", index=False)
print(submission.head())
