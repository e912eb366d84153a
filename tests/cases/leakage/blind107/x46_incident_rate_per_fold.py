"""Claim fraud: notes TF-IDF + incident-type fraud rate, GroupKFold on policy_id.

The incident-type fraud rate is recomputed inside every fold from the training
policies only, then mapped onto the held-out fold.
"""
import numpy as np
import pandas as pd
from scipy.sparse import hstack, csr_matrix
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.model_selection import GroupKFold
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

LEAKY = ["adjuster_decision", "investigation_outcome", "siu_referral", "llm_fraud_flag"]
NUM = ["incident_fraud_rate", "log_amount", "tenure_years", "n_prior_claims"]

df = pd.read_csv("train.csv").drop(columns=LEAKY)
df["adjuster_notes"] = df["adjuster_notes"].fillna("")
df["log_amount"] = np.log1p(df["claim_amount"].fillna(0))
df["tenure_years"] = df["policy_tenure_months"].fillna(0) / 12
df["n_prior_claims"] = df["n_prior_claims"].fillna(0)


def add_rate(train, other, k=20):
    prior = train["is_fraud"].mean()
    s = train.groupby("incident_type")["is_fraud"].agg(["sum", "count"])
    rate = (s["sum"] + k * prior) / (s["count"] + k)
    return (train["incident_type"].map(rate).fillna(prior).values,
            other["incident_type"].map(rate).fillna(prior).values)


rows = []
for fold, (tr, va) in enumerate(GroupKFold(n_splits=5).split(df, df["is_fraud"], groups=df["policy_id"])):
    train, valid = df.iloc[tr].copy(), df.iloc[va].copy()
    train["incident_fraud_rate"], valid["incident_fraud_rate"] = add_rate(train, valid)
    vec = TfidfVectorizer(min_df=3, ngram_range=(1, 2), sublinear_tf=True)
    X_tr = hstack([vec.fit_transform(train["adjuster_notes"]), csr_matrix(train[NUM].values)]).tocsr()
    X_va = hstack([vec.transform(valid["adjuster_notes"]), csr_matrix(valid[NUM].values)]).tocsr()
    clf = LogisticRegression(max_iter=4000, class_weight="balanced").fit(X_tr, train["is_fraud"])
    p = clf.predict_proba(X_va)[:, 1]
    pb = DummyClassifier(strategy="prior").fit(X_tr, train["is_fraud"]).predict_proba(X_va)[:, 1]
    rows.append({"fold": fold,
                 "auc": roc_auc_score(valid["is_fraud"], p), "ap": average_precision_score(valid["is_fraud"], p),
                 "auc_prior": roc_auc_score(valid["is_fraud"], pb), "ap_prior": average_precision_score(valid["is_fraud"], pb)})

res = pd.DataFrame(rows)
print(res.round(3))
print(res.mean().round(3))
