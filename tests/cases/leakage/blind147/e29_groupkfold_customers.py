"""Churn-snapshots: 5-fold CV grouped by customer.

test.csv contains customers that are not in train.csv, so every validation fold
must consist of customers the model has not seen. GroupKFold on customer_id
guarantees that; the loop re-checks it anyway.
"""
import json

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import GroupKFold
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, SplineTransformer, StandardScaler

task = json.load(open("task.json"))
TARGET, TIME, CUST, ID = task["target"], task["time_column"], task["group_column"], task["id_column"]
LEAKY = task["leaky_columns"]

df = pd.read_csv("train.csv", parse_dates=[TIME])
test = pd.read_csv("test.csv", parse_dates=[TIME])
print(df[[CUST, TIME]].nunique())
print("snapshots per customer:", df.groupby(CUST).size().describe().round(2).to_dict())

NUMERIC = ["monthly_charges", "logins_30d", "days_since_last_login",
           "support_tickets_30d", "payment_failures_90d", "has_discount"]
SPLINE = ["tenure_months"]
CATEG = ["plan", "region"]
COLS = NUMERIC + SPLINE + CATEG
assert not set(COLS) & set(LEAKY + [TARGET, ID, CUST, TIME])


def make_model():
    pre = ColumnTransformer([
        ("num", Pipeline([("imp", SimpleImputer(strategy="median")),
                          ("sc", StandardScaler())]), NUMERIC),
        ("spl", SplineTransformer(n_knots=5, degree=3), SPLINE),
        ("cat", OneHotEncoder(handle_unknown="ignore"), CATEG),
    ])
    return Pipeline([("pre", pre),
                     ("lr", LogisticRegression(C=0.3, class_weight="balanced", max_iter=3000))])


X, y, groups = df[COLS], df[TARGET].to_numpy(), df[CUST].to_numpy()
records = []
for fold, (tr, va) in enumerate(GroupKFold(n_splits=5).split(X, y, groups)):
    overlap = set(groups[tr]) & set(groups[va])
    assert not overlap, f"fold {fold}: {len(overlap)} customers on both sides"
    model = make_model().fit(X.iloc[tr], y[tr])
    p = model.predict_proba(X.iloc[va])[:, 1]
    d = DummyClassifier(strategy="prior").fit(X.iloc[tr], y[tr]).predict_proba(X.iloc[va])[:, 1]
    records.append(dict(fold=fold, n_val=len(va),
                        auc=roc_auc_score(y[va], p), ap=average_precision_score(y[va], p),
                        dummy_auc=roc_auc_score(y[va], d), dummy_ap=average_precision_score(y[va], d)))

cv = pd.DataFrame(records).set_index("fold")
print(cv.round(4))
print("mean:", cv.mean().round(4).to_dict())

final = make_model().fit(X, y)
pd.DataFrame({ID: test[ID], "prediction": final.predict_proba(test[COLS])[:, 1]}) \
    .to_csv("predictions.csv", index=False)
