"""Complaint severity triage -- flag complaints that need senior handling.

Inputs: the complaint text plus account/product fields. Severe complaints are ~8%
of the data, so I look at average precision and the F1 of the severe class, not accuracy.
Customers file several complaints with very similar wording, so the holdout is made of
customers the model has never seen (GroupShuffleSplit on customer_id).
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, classification_report, f1_score
from sklearn.model_selection import GroupShuffleSplit
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

TARGET = "is_severe"
TEXT = "complaint_text"
CATS = ["product_line", "channel"]
NUMS = ["account_age_days", "prior_complaints", "amount_disputed"]

complaints = pd.read_csv("train.csv")
print(complaints.shape, "customers:", complaints["customer_id"].nunique())
print("severe rate:", complaints[TARGET].mean().round(4))
complaints[TEXT] = complaints[TEXT].fillna("")
complaints["amount_disputed"] = np.log1p(complaints["amount_disputed"].clip(lower=0))

X = complaints[[TEXT] + CATS + NUMS]
y = complaints[TARGET]
gss = GroupShuffleSplit(n_splits=1, test_size=0.25, random_state=8)
tr_idx, te_idx = next(gss.split(X, y, groups=complaints["customer_id"]))
X_tr, X_te, y_tr, y_te = X.iloc[tr_idx], X.iloc[te_idx], y.iloc[tr_idx], y.iloc[te_idx]
assert not set(complaints["customer_id"].iloc[tr_idx]) & set(complaints["customer_id"].iloc[te_idx])

prep = ColumnTransformer(
    [
        ("txt", TfidfVectorizer(ngram_range=(1, 2), min_df=3, sublinear_tf=True), TEXT),
        ("cat", OneHotEncoder(handle_unknown="ignore"), CATS),
        ("num", Pipeline([("imp", SimpleImputer(strategy="median")), ("sc", StandardScaler())]), NUMS),
    ]
)
model = Pipeline([("prep", prep),
                  ("lr", LogisticRegression(max_iter=2000, C=1.0, class_weight="balanced"))])
model.fit(X_tr, y_tr)

proba = model.predict_proba(X_te)[:, 1]
pred = (proba >= 0.5).astype(int)
prior = DummyClassifier(strategy="prior").fit(X_tr, y_tr)

print("average precision  model: %.4f | prior baseline: %.4f" % (
    average_precision_score(y_te, proba),
    average_precision_score(y_te, prior.predict_proba(X_te)[:, 1]),
))
print("F1 (severe): %.4f" % f1_score(y_te, pred))
print(classification_report(y_te, pred, digits=3))

test = pd.read_csv("test.csv")
test[TEXT] = test[TEXT].fillna("")
test["amount_disputed"] = np.log1p(test["amount_disputed"].clip(lower=0))
model.fit(X, y)
pd.DataFrame({"complaint_id": test["complaint_id"],
              "prediction": model.predict_proba(test[[TEXT] + CATS + NUMS])[:, 1]}).to_csv(
    "predictions.csv", index=False)
