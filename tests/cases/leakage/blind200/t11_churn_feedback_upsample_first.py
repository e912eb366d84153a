#!/usr/bin/env python
"""
Telco churn with free-text survey feedback.

Columns: customer_id, tenure_months, monthly_charges, total_charges,
contract_type, payment_method, support_calls, feedback_text, churned (Yes/No)

Churners are ~15% of the file, so the minority class is upsampled to
balance the classes before modelling.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, classification_report, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.utils import resample

RANDOM_STATE = 0

raw = pd.read_csv("telco_churn_feedback.csv")
raw["total_charges"] = pd.to_numeric(raw["total_charges"], errors="coerce")
raw["feedback_text"] = raw["feedback_text"].fillna("no comment")
raw["churned"] = raw["churned"].map({"Yes": 1, "No": 0})
raw = raw.drop(columns=["customer_id"])

print(raw["churned"].value_counts())

# --- balance classes -------------------------------------------------------
majority = raw[raw["churned"] == 0]
minority = raw[raw["churned"] == 1]
minority_up = resample(minority, replace=True, n_samples=len(majority),
                       random_state=RANDOM_STATE)
data = pd.concat([majority, minority_up]).sample(frac=1, random_state=RANDOM_STATE)
print("after upsampling:", data["churned"].value_counts().to_dict())

num_cols = ["tenure_months", "monthly_charges", "total_charges", "support_calls"]
cat_cols = ["contract_type", "payment_method"]
text_col = "feedback_text"

X = data[num_cols + cat_cols + [text_col]]
y = data["churned"]

X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.2, random_state=RANDOM_STATE, stratify=y)

pre = ColumnTransformer([
    ("num", Pipeline([("imp", SimpleImputer(strategy="median")),
                      ("sc", StandardScaler())]), num_cols),
    ("cat", OneHotEncoder(handle_unknown="ignore"), cat_cols),
    ("txt", TfidfVectorizer(min_df=3, ngram_range=(1, 2), max_features=5000), text_col),
])

pipe = Pipeline([("pre", pre), ("lr", LogisticRegression(max_iter=1000, C=1.0))])
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
