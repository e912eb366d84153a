"""Churn take-home: predict churned_next_month from account numerics and the
text of the customer's latest support ticket."""
import numpy as np
import pandas as pd
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

DATA = "train.csv"
TARGET = "churned_next_month"
CUTOFF = pd.Timestamp("2023-10-01")
NUMERIC = ["tenure_months", "monthly_charges", "num_support_tickets",
           "data_usage_gb", "days_since_last_login"]
CATEG = ["plan_type", "contract_type", "payment_method"]

df = pd.read_csv(DATA, parse_dates=["snapshot_month"])
df = df.sort_values(["snapshot_month", "customer_id"]).reset_index(drop=True)
df["last_ticket_text"] = df["last_ticket_text"].fillna("").str.lower()
print(df.shape, df[TARGET].mean())


def text_block(texts, max_features=5000):
    vec = TfidfVectorizer(ngram_range=(1, 2), min_df=3,
                          max_features=max_features, sublinear_tf=True)
    return vec.fit_transform(texts), vec


def numeric_block(frame):
    out = np.log1p(frame[NUMERIC].clip(lower=0))
    dummies = pd.get_dummies(frame[CATEG].astype(str), drop_first=True)
    return pd.concat([out, dummies], axis=1).astype(float)


X_text, ticket_vec = text_block(df["last_ticket_text"])
X_num = numeric_block(df)
X_all = sparse.hstack([X_text, sparse.csr_matrix(X_num.values)]).tocsr()
y_all = df[TARGET].values
print("vocabulary size:", len(ticket_vec.vocabulary_))

is_past = (df["snapshot_month"] < CUTOFF).values
seen_customers = set(df.loc[is_past, "customer_id"])
is_future_new = (~is_past) & (~df["customer_id"].isin(seen_customers)).values

X_train, y_train = X_all[is_past], y_all[is_past]
X_test, y_test = X_all[is_future_new], y_all[is_future_new]
print("train rows:", X_train.shape[0], "test rows:", X_test.shape[0])

clf = LogisticRegression(C=0.5, class_weight="balanced", max_iter=3000)
clf.fit(X_train, y_train)
proba = clf.predict_proba(X_test)[:, 1]

dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)
dummy_proba = dummy.predict_proba(X_test)[:, 1]

print(f"model    ROC AUC {roc_auc_score(y_test, proba):.3f}  "
      f"PR AUC {average_precision_score(y_test, proba):.3f}")
print(f"baseline ROC AUC {roc_auc_score(y_test, dummy_proba):.3f}  "
      f"PR AUC {average_precision_score(y_test, dummy_proba):.3f}")

terms = np.array(ticket_vec.get_feature_names_out())
coefs = clf.coef_[0][: len(terms)]
print("top churn terms:", ", ".join(terms[np.argsort(coefs)[-15:]][::-1]))
