"""Churn prediction (take-home).

Model: regularised logistic regression over one-hot plan/region and scaled usage features.
Validation: train on Jan-Jun, validate on Jul-Sep snapshots of customers that have no
snapshot in Jan-Jun (mirrors test.csv: later months, different customers).
"""
import json

import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

TARGET = "churned_next_month"
TIME = "snapshot_month"
CUST = "customer_id"
ID = "snapshot_id"
CATEGORICAL = ["plan", "region"]
NUMERIC = ["tenure_months", "monthly_charges", "has_discount", "logins_30d",
           "days_since_last_login", "support_tickets_30d", "payment_failures_90d"]
FEATURES = CATEGORICAL + NUMERIC

df = pd.read_csv("train.csv", parse_dates=[TIME])
holdout_bundle = pd.read_csv("test.csv", parse_dates=[TIME])
print(df[[TARGET] + NUMERIC].describe().T[["mean", "std", "min", "max"]])

split = pd.Timestamp("2024-07-01")
fit_rows = df[df[TIME] < split]
val_rows = df[df[TIME] >= split]
val_rows = val_rows[~val_rows[CUST].isin(fit_rows[CUST].unique())]
print(f"fit: {len(fit_rows)} rows | validation: {len(val_rows)} rows")


def pipeline(C=1.0):
    pre = ColumnTransformer([
        ("cat", OneHotEncoder(handle_unknown="ignore"), CATEGORICAL),
        ("num", Pipeline([("imp", SimpleImputer(strategy="median")), ("sc", StandardScaler())]), NUMERIC),
    ])
    return Pipeline([("pre", pre), ("lr", LogisticRegression(C=C, max_iter=2000))])


best_C = 1.0
scores = {}
m = pipeline(best_C).fit(fit_rows[FEATURES], fit_rows[TARGET])
scores[best_C] = accuracy_score(val_rows[TARGET], m.predict(val_rows[FEATURES]))

majority = DummyClassifier(strategy="most_frequent").fit(fit_rows[FEATURES], fit_rows[TARGET])
base_acc = accuracy_score(val_rows[TARGET], majority.predict(val_rows[FEATURES]))
print(f"majority-class baseline accuracy {base_acc:.4f}")
print(f"logistic regression (C={best_C}) accuracy {scores[best_C]:.4f}")

final = pipeline(best_C).fit(df[FEATURES], df[TARGET])
pd.DataFrame({
    ID: holdout_bundle[ID],
    "prediction": final.predict_proba(holdout_bundle[FEATURES])[:, 1],
}).to_csv("predictions.csv", index=False)
with open("metrics.json", "w") as fh:
    json.dump({"accuracy": scores[best_C]}, fh)
