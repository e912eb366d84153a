#!/usr/bin/env python
"""Fraud model. Besides the notes we have a column produced by an LLM reading the
claim file (llm_fraud_flag) and the SIU referral flag - both look very predictive."""
import numpy as np
import pandas as pd
import lightgbm as lgb
from scipy.sparse import hstack, csr_matrix
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.model_selection import GroupShuffleSplit
from sklearn.metrics import roc_auc_score, average_precision_score

df = pd.read_csv("train.csv")

# --- quick look ---
print(df.shape)
print(df.isna().mean().round(3).sort_values(ascending=False).head(8))
print(df["is_fraud"].value_counts())
print(df.groupby("incident_type")["is_fraud"].agg(["mean", "size"]).round(3))
print(df.groupby("police_report_filed")["is_fraud"].mean().round(3))
per_policy = df.groupby("policy_id").size()
print("claims per policy:", per_policy.describe().round(2).to_dict())
print(df["claim_amount"].describe().round(0))
notes_len = df["adjuster_notes"].fillna("").str.len()
print("notes length quantiles:", notes_len.quantile([0.1, 0.5, 0.9]).to_dict())

print(pd.crosstab(df["llm_fraud_flag"], df["is_fraud"], normalize="index"))
print(pd.crosstab(df["siu_referral"], df["is_fraud"], normalize="index"))

df["adjuster_notes"] = df["adjuster_notes"].fillna("")
df["llm_fraud_flag"] = df["llm_fraud_flag"].fillna(0).astype(int)
df["siu_referral"] = df["siu_referral"].fillna(0).astype(int)
df["police_report_filed"] = (df["police_report_filed"] == "yes").astype(int)
tab = ["claim_amount", "policy_tenure_months", "n_prior_claims", "witness_count",
       "police_report_filed", "llm_fraud_flag", "siu_referral"]

splitter = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=21)
tr, te = next(splitter.split(df, df["is_fraud"], groups=df["policy_id"]))
train, test = df.iloc[tr], df.iloc[te]

vec = TfidfVectorizer(max_features=3000, min_df=5, stop_words="english")
X_tr = hstack([vec.fit_transform(train["adjuster_notes"]), csr_matrix(train[tab].fillna(0).values.astype(float))]).tocsr()
X_te = hstack([vec.transform(test["adjuster_notes"]), csr_matrix(test[tab].fillna(0).values.astype(float))]).tocsr()

clf = lgb.LGBMClassifier(n_estimators=600, learning_rate=0.03, num_leaves=15,
                         scale_pos_weight=20, colsample_bytree=0.5, random_state=21)
clf.fit(X_tr, train["is_fraud"])
p = clf.predict_proba(X_te)[:, 1]
print("ROC AUC          ", round(roc_auc_score(test["is_fraud"], p), 4))
print("average precision", round(average_precision_score(test["is_fraud"], p), 4))
