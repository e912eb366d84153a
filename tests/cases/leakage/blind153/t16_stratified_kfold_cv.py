# churn-snapshots: 5-fold stratified CV of a logistic regression pipeline
import json

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_validate
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

task = json.load(open("task.json"))
TARGET = task["target"]
ID = task["id_column"]
TIME = task["time_column"]
GROUP = task["group_column"]

NUMERIC = ["tenure_months", "monthly_charges", "has_discount", "logins_30d",
           "days_since_last_login", "support_tickets_30d", "payment_failures_90d",
           "log_charges", "ticket_rate"]
CATEG = ["plan", "region"]

data = (
    pd.read_csv("train.csv", parse_dates=[TIME])
    .assign(
        log_charges=lambda d: np.log1p(d.monthly_charges),
        ticket_rate=lambda d: d.support_tickets_30d / (d.tenure_months.clip(lower=1)),
    )
    .sort_values(TIME)
    .reset_index(drop=True)
)
X, y = data[NUMERIC + CATEG], data[TARGET]
print(X.shape, y.mean())

prep = ColumnTransformer([
    ("num", Pipeline([("imp", SimpleImputer(strategy="median")), ("sc", StandardScaler())]), NUMERIC),
    ("cat", OneHotEncoder(handle_unknown="ignore"), CATEG),
])
model = Pipeline([("prep", prep), ("clf", LogisticRegression(C=0.2, max_iter=5000, class_weight="balanced"))])
baseline = Pipeline([("prep", prep), ("clf", DummyClassifier(strategy="prior"))])

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=17)
summary = pd.DataFrame({
    name: pd.DataFrame(
        cross_validate(est, X, y, cv=cv, scoring=["roc_auc", "average_precision"], n_jobs=-1)
    ).filter(like="test_").mean()
    for name, est in [("dummy baseline", baseline), ("logistic", model)]
}).T
print(summary.round(4))

test = (
    pd.read_csv("test.csv", parse_dates=[TIME])
    .assign(
        log_charges=lambda d: np.log1p(d.monthly_charges),
        ticket_rate=lambda d: d.support_tickets_30d / (d.tenure_months.clip(lower=1)),
    )
)
model.fit(X, y)
pd.DataFrame({ID: test[ID], "prediction": model.predict_proba(test[NUMERIC + CATEG])[:, 1]}).to_csv(
    "predictions.csv", index=False
)
