"""Claim fraud from first-notice adjuster notes + intake fields.

A policy can file several claims (and often the notes are near copies), so the
CV keeps every policy in a single fold: StratifiedGroupKFold on policy_id.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.pipeline import Pipeline
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import OneHotEncoder, StandardScaler, FunctionTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import StratifiedGroupKFold, cross_validate

FEATS = ["adjuster_notes", "incident_type", "police_report_filed", "claim_amount",
         "policy_tenure_months", "n_prior_claims", "witness_count", "notes_len"]
NUM = ["claim_amount", "policy_tenure_months", "n_prior_claims", "witness_count", "notes_len"]


def prepare(df):
    df = df.copy()
    df["adjuster_notes"] = df["adjuster_notes"].fillna("")
    df["notes_len"] = df["adjuster_notes"].str.len()
    df[NUM] = df[NUM].fillna(0)
    return df


def build():
    pre = ColumnTransformer([
        ("notes", TfidfVectorizer(min_df=3, ngram_range=(1, 2), sublinear_tf=True), "adjuster_notes"),
        ("cat", OneHotEncoder(handle_unknown="ignore"), ["incident_type", "police_report_filed"]),
        ("num", Pipeline([("log", FunctionTransformer(np.log1p)), ("sc", StandardScaler())]), NUM),
    ])
    return Pipeline([("pre", pre), ("lr", LogisticRegression(max_iter=3000, class_weight="balanced", C=0.5))])


claims = prepare(pd.read_csv("train.csv"))
X, y, groups = claims[FEATS], claims["is_fraud"], claims["policy_id"]
cv = StratifiedGroupKFold(n_splits=5, shuffle=True, random_state=1)
scoring = ["roc_auc", "average_precision"]
res = cross_validate(build(), X, y, groups=groups, cv=cv, scoring=scoring)
base = cross_validate(DummyClassifier(strategy="prior"), X, y, groups=groups, cv=cv, scoring=scoring)
for s in scoring:
    print(f"{s:18s} model {res['test_' + s].mean():.3f} +/- {res['test_' + s].std():.3f}   dummy {base['test_' + s].mean():.3f}")

final = build().fit(X, y)
test = prepare(pd.read_csv("test.csv"))
pd.DataFrame({"claim_id": test["claim_id"], "prediction": final.predict_proba(test[FEATS])[:, 1]}).to_csv("predictions.csv", index=False)
