"""Churn-snapshots take-home: regularised logistic regression.

Validation scheme: fit on Jan-Jun 2024 snapshots, validate on Jul-Sep snapshots
of customers that never appear in the training months. test.csv holds later
months of *other* customers, so this is the closest offline analogue.
"""
import json

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

task = json.load(open("task.json"))
TARGET = task["target"]
ID = task["id_column"]
TIME = task["time_column"]
GROUP = task["group_column"]
LEAKY = task["leaky_columns"]

NUM = [
    "tenure_months", "monthly_charges", "logins_30d", "days_since_last_login",
    "support_tickets_30d", "payment_failures_90d", "has_discount",
    "charge_per_tenure", "tickets_per_login", "month_num",
]
CAT = ["plan", "region"]


def add_features(d: pd.DataFrame) -> pd.DataFrame:
    return d.assign(
        **{
            "charge_per_tenure": lambda x: x["monthly_charges"] / (x["tenure_months"] + 1),
            "tickets_per_login": lambda x: x["support_tickets_30d"] / (x["logins_30d"] + 1),
            "month_num": lambda x: x[TIME].dt.month,
        }
    )


df = (
    pd.read_csv("train.csv", parse_dates=[TIME])
    .drop(columns=LEAKY)
    .pipe(add_features)
    .sort_values([TIME, GROUP])
    .reset_index(drop=True)
)
print(df.shape, round(df[TARGET].mean(), 4))
print(df.groupby(TIME)[TARGET].agg(["size", "mean"]))

cut = pd.Timestamp("2024-07-01")
train = df.query(f"{TIME} < @cut")
valid = (
    df.query(f"{TIME} >= @cut")
    .loc[lambda d: ~d[GROUP].isin(train[GROUP])]
)
print(f"train {len(train)} rows | valid {len(valid)} rows, {valid[GROUP].nunique()} unseen customers")

pre = ColumnTransformer([
    ("num", StandardScaler(), NUM),
    ("cat", OneHotEncoder(handle_unknown="ignore"), CAT),
])
model = make_pipeline(pre, LogisticRegression(C=0.5, max_iter=2000, class_weight="balanced"))
model.fit(train[NUM + CAT], train[TARGET])

dummy = DummyClassifier(strategy="prior").fit(train[NUM + CAT], train[TARGET])

scores = pd.DataFrame({
    name: {
        "roc_auc": roc_auc_score(valid[TARGET], est.predict_proba(valid[NUM + CAT])[:, 1]),
        "avg_precision": average_precision_score(valid[TARGET], est.predict_proba(valid[NUM + CAT])[:, 1]),
    }
    for name, est in [("dummy_prior", dummy), ("logreg", model)]
}).T
print(scores.round(4))

# refit on all labelled months and score the hidden ones
test = pd.read_csv("test.csv", parse_dates=[TIME]).pipe(add_features)
final = model.fit(df[NUM + CAT], df[TARGET])
(
    test[[ID]]
    .assign(prediction=final.predict_proba(test[NUM + CAT])[:, 1])
    .to_csv("predictions.csv", index=False)
)
print("wrote predictions.csv", len(test))
