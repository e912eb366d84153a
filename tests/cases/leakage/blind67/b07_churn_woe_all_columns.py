#!/usr/bin/env python
"""Churn scoring model: WOE-encoded logistic regression (scorecard style).

Every categorical gets Weight-of-Evidence encoded, numerics are standardised,
then a plain L2 logistic regression. Interpretable and quick.
"""
import pandas as pd
import numpy as np
from category_encoders import WOEEncoder
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score, brier_score_loss

RANDOM_STATE = 2024

train = pd.read_csv("train.csv", parse_dates=["signup_date"])
test = pd.read_csv("test.csv", parse_dates=["signup_date"])
tx = pd.read_csv("transactions.csv")

spend = tx.groupby("customer_id")["amount"].agg(["count", "sum", "mean"]).add_prefix("spend_")
train = train.join(spend, on="customer_id")
test = test.join(spend, on="customer_id")

for df in (train, test):
    df[["spend_count", "spend_sum", "spend_mean"]] = df[["spend_count", "spend_sum", "spend_mean"]].fillna(0)
    df["signup_month"] = df["signup_date"].dt.month
    df["cancellation_reason"] = df["cancellation_reason"].fillna("none")
    df["last_bill_refund"] = df["last_bill_refund"].fillna(0)

target = "churned"
drop_cols = ["customer_id", "signup_date", target]
features = [c for c in train.columns if c not in drop_cols]
categoricals = train[features].select_dtypes("object").columns.tolist()
print("categoricals:", categoricals)
print("n features:", len(features))

X_train, X_val, y_train, y_val = train_test_split(
    train[features], train[target], test_size=0.25, stratify=train[target],
    random_state=RANDOM_STATE)

scorecard = Pipeline([
    ("woe", WOEEncoder(cols=categoricals, regularization=1.0)),
    ("scale", StandardScaler()),
    ("lr", LogisticRegression(C=0.5, max_iter=2000)),
])
scorecard.fit(X_train, y_train)
p_val = scorecard.predict_proba(X_val)[:, 1]

dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)
p_dummy = dummy.predict_proba(X_val)[:, 1]

print(f"scorecard  AUC={roc_auc_score(y_val, p_val):.4f}  Brier={brier_score_loss(y_val, p_val):.4f}")
print(f"prior only AUC={roc_auc_score(y_val, p_dummy):.4f}  Brier={brier_score_loss(y_val, p_dummy):.4f}")

coefs = pd.Series(scorecard.named_steps["lr"].coef_[0], index=features).sort_values()
print(coefs.round(3))

scorecard.fit(train[features], train[target])
pd.DataFrame({"customer_id": test["customer_id"],
              "prediction": scorecard.predict_proba(test[features])[:, 1]}).to_csv(
    "predictions.csv", index=False)
