#!/usr/bin/env python
"""
Telco churn with free-text survey feedback.

Columns: customer_id, tenure_months, monthly_charges, total_charges,
contract_type, payment_method, support_calls, feedback_text, churned (Yes/No)

Churners are ~15% of the file, so the minority class is oversampled to
balance the classes while training.
"""
import numpy as np
import pandas as pd
from imblearn.over_sampling import RandomOverSampler
from imblearn.pipeline import Pipeline as ImbPipeline
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, classification_report, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

RANDOM_STATE = 0

raw = pd.read_csv("telco_churn_feedback.csv")
raw["total_charges"] = pd.to_numeric(raw["total_charges"], errors="coerce")
raw["feedback_text"] = raw["feedback_text"].fillna("no comment")
raw["churned"] = raw["churned"].map({"Yes": 1, "No": 0})
raw = raw.drop(columns=["customer_id"])

print(raw["churned"].value_counts())

num_cols = ["tenure_months", "monthly_charges", "total_charges", "support_calls"]
cat_cols = ["contract_type", "payment_method"]
text_col = "feedback_text"

X = raw[num_cols + cat_cols + [text_col]]
y = raw["churned"]

X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.2, random_state=RANDOM_STATE, stratify=y)

pre = ColumnTransformer([
    ("num", Pipeline([("imp", SimpleImputer(strategy="median")),
                      ("sc", StandardScaler())]), num_cols),
    ("cat", OneHotEncoder(handle_unknown="ignore"), cat_cols),
    ("txt", TfidfVectorizer(min_df=3, ngram_range=(1, 2), max_features=5000), text_col),
])

# --- balance classes: the sampler only runs inside fit(), on training rows ---
pipe = ImbPipeline([
    ("pre", pre),
    ("ros", RandomOverSampler(random_state=RANDOM_STATE)),
    ("lr", LogisticRegression(max_iter=1000, C=1.0)),
])
pipe.fit(X_train, y_train)

proba = pipe.predict_proba(X_test)[:, 1]
pred = (proba >= 0.5).astype(int)

base = DummyClassifier(strategy="stratified", random_state=RANDOM_STATE).fit(X_train, y_train)
base_proba = base.predict_proba(X_test)[:, 1]

print(f"baseline ROC AUC: {roc_auc_score(y_test, base_proba):.3f}  "
      f"PR AUC: {average_precision_score(y_test, base_proba):.3f}")
print(f"model    ROC AUC: {roc_auc_score(y_test, proba):.3f}  "
      f"PR AUC: {average_precision_score(y_test, proba):.3f}")
print(classification_report(y_test, pred, digits=3))

# top words pushing towards churn
lr = pipe.named_steps["lr"]
names = pipe.named_steps["pre"].get_feature_names_out()
coefs = pd.Series(lr.coef_[0], index=names)
print(coefs[coefs.index.str.startswith("txt__")].sort_values().tail(15))
