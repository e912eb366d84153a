"""Fraud model validated forward in time: train on claims filed before 2023-07-01,
validate on later claims."""
import numpy as np
import pandas as pd
from sklearn.pipeline import make_pipeline
from sklearn.compose import make_column_transformer
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score, recall_score

LEAKY = ["adjuster_decision", "investigation_outcome", "siu_referral", "llm_fraud_flag"]
CUTOFF = pd.Timestamp("2023-07-01")

df = pd.read_csv("train.csv", parse_dates=["claim_date"]).drop(columns=LEAKY)

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

df["adjuster_notes"] = df["adjuster_notes"].fillna("")
df["log_amount"] = np.log1p(df["claim_amount"].fillna(0))
df["n_prior_claims"] = df["n_prior_claims"].fillna(0)
df["witness_count"] = df["witness_count"].fillna(0)

past = df[df["claim_date"] < CUTOFF]
future = df[df["claim_date"] >= CUTOFF]
print(f"{len(past)} claims before cutoff, {len(future)} after; fraud rates {past.is_fraud.mean():.3f} / {future.is_fraud.mean():.3f}")

cols = ["adjuster_notes", "incident_type", "police_report_filed", "log_amount", "n_prior_claims", "witness_count"]
model = make_pipeline(
    make_column_transformer(
        (TfidfVectorizer(min_df=3, ngram_range=(1, 2), sublinear_tf=True), "adjuster_notes"),
        (OneHotEncoder(handle_unknown="ignore"), ["incident_type", "police_report_filed"]),
        (StandardScaler(), ["log_amount", "n_prior_claims", "witness_count"]),
    ),
    LogisticRegression(max_iter=4000, class_weight="balanced", C=0.5),
)
model.fit(past[cols], past["is_fraud"])
p = model.predict_proba(future[cols])[:, 1]
pb = DummyClassifier(strategy="prior").fit(past[cols], past["is_fraud"]).predict_proba(future[cols])[:, 1]

print("AP    model %.3f  prior %.3f" % (average_precision_score(future["is_fraud"], p), average_precision_score(future["is_fraud"], pb)))
print("AUC   model %.3f  prior %.3f" % (roc_auc_score(future["is_fraud"], p), roc_auc_score(future["is_fraud"], pb)))
top = p >= np.quantile(p, 0.95)
print("recall when reviewing the top 5%:", recall_score(future["is_fraud"], top.astype(int)))
