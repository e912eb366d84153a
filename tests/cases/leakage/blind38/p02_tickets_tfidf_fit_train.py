"""
Support ticket routing -- take-home submission
==============================================

Goal: route every new support ticket to one of six queues
(billing, technical, account_access, shipping, returns, sales).

Approach
--------
* text: TF-IDF over subject + body (word uni/bi-grams, sublinear tf)
* account fields: channel, plan tier, priority, language, ticket history
* model: multinomial logistic regression with balanced class weights
* evaluation: the most recent 20% of the timeline, restricted to accounts that
  never appear before the cutoff (routing has to work for brand-new customers)
"""
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from scipy import sparse
from sklearn.dummy import DummyClassifier
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import (ConfusionMatrixDisplay, accuracy_score,
                             classification_report, f1_score)

QUEUES = ["billing", "technical", "account_access", "shipping", "returns", "sales"]

df = pd.read_csv("train.csv", parse_dates=["created_at"])
df = df.sort_values("created_at").reset_index(drop=True)
df["text"] = (df["subject"].fillna("") + " . " + df["body"].fillna("")).str.lower()
print(df.shape)
print(df["queue"].value_counts(normalize=True).round(3))

# ---------------------------------------------------------------------------
# Split: time cut at the 80th percentile of created_at, then keep only the
# evaluation tickets whose account was never seen before the cut.
# ---------------------------------------------------------------------------
cutoff = df["created_at"].quantile(0.8)
train_mask = (df["created_at"] < cutoff).to_numpy()
seen_accounts = set(df.loc[train_mask, "account_id"])
test_mask = ((df["created_at"] >= cutoff) & ~df["account_id"].isin(seen_accounts)).to_numpy()
print(f"cutoff={cutoff:%Y-%m-%d}  train={train_mask.sum()}  test={test_mask.sum()}")

# ---------------------------------------------------------------------------
# Text features
# ---------------------------------------------------------------------------
tfidf = TfidfVectorizer(ngram_range=(1, 2), min_df=3, max_features=60000,
                        sublinear_tf=True, strip_accents="unicode")
# vocabulary and idf come from the training period only
tfidf.fit(df.loc[train_mask, "text"])
X_text = tfidf.transform(df["text"])
print("vocabulary size:", len(tfidf.vocabulary_))


def account_features(frame):
    out = pd.get_dummies(frame[["channel", "plan_tier", "priority", "language"]].astype(str),
                         dtype=float)
    out["log_prior_tickets"] = np.log1p(frame["n_prior_tickets"].clip(lower=0))
    out["new_account"] = (frame["account_age_days"] < 30).astype(float)
    return out


meta = account_features(df)
X_all = sparse.hstack([X_text, sparse.csr_matrix(meta.values)]).tocsr()
X_train, X_test = X_all[train_mask], X_all[test_mask]
y_train = df.loc[train_mask, "queue"].to_numpy()
y_test = df.loc[test_mask, "queue"].to_numpy()

# ---------------------------------------------------------------------------
# Baseline and model
# ---------------------------------------------------------------------------
baseline = DummyClassifier(strategy="most_frequent").fit(X_train, y_train)
clf = LogisticRegression(C=4.0, max_iter=3000, class_weight="balanced")
clf.fit(X_train, y_train)
pred = clf.predict(X_test)

print("baseline (majority queue) macro-F1: %.3f" % f1_score(y_test, baseline.predict(X_test), average="macro"))
print("model macro-F1:                     %.3f" % f1_score(y_test, pred, average="macro"))
print("model accuracy:                     %.3f" % accuracy_score(y_test, pred))
print(classification_report(y_test, pred, labels=QUEUES, digits=3))

fig, ax = plt.subplots(figsize=(7, 6))
ConfusionMatrixDisplay.from_predictions(y_test, pred, labels=QUEUES, normalize="true",
                                        xticks_rotation=45, values_format=".2f", ax=ax)
ax.set_title("Routing confusion matrix (row-normalised)")
fig.tight_layout()
fig.savefig("confusion_matrix.png", dpi=120)

# ---------------------------------------------------------------------------
# Predictions for test.csv
# ---------------------------------------------------------------------------
sub = pd.read_csv("test.csv", parse_dates=["created_at"])
sub["text"] = (sub["subject"].fillna("") + " . " + sub["body"].fillna("")).str.lower()
sub_meta = account_features(sub).reindex(columns=meta.columns, fill_value=0.0)
X_sub = sparse.hstack([tfidf.transform(sub["text"]), sparse.csr_matrix(sub_meta.values)]).tocsr()
pd.DataFrame({"ticket_id": sub["ticket_id"], "prediction": clf.predict(X_sub)}).to_csv(
    "predictions.csv", index=False)
