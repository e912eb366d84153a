"""Churn snapshots - logistic regression with engagement + commercial signals.

Both columns the task flags as post-outcome (retention offer acceptance and
the known account-closure date) are dropped before anything else.
"""
import json

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

task = json.load(open("task.json"))
TARGET, ID, TIME, GROUP = task["target"], task["id_column"], task["time_column"], task["group_column"]


def add_cols(d):
    return d.assign(
        charges_log=lambda x: np.log1p(x.monthly_charges),
        idle_weeks=lambda x: x.days_since_last_login // 7,
        tickets_x_failures=lambda x: x.support_tickets_30d * x.payment_failures_90d,
    )


df = (
    pd.read_csv("train.csv", parse_dates=[TIME])
    .drop(columns=task["leaky_columns"])
    .pipe(add_cols)
)
print(df.groupby("has_discount")[TARGET].mean())

NUM = ["tenure_months", "charges_log", "has_discount", "logins_30d", "idle_weeks",
       "support_tickets_30d", "payment_failures_90d", "tickets_x_failures"]
CAT = ["plan", "region"]

cut = pd.Timestamp("2024-07-01")
train = df.loc[lambda d: d[TIME] < cut]
valid = df.loc[lambda d: (d[TIME] >= cut) & ~d[GROUP].isin(train[GROUP])]

lr = Pipeline([
    ("ct", ColumnTransformer([("n", StandardScaler(), NUM), ("c", OneHotEncoder(handle_unknown="ignore"), CAT)])),
    ("m", LogisticRegression(C=1.0, max_iter=3000)),
]).fit(train[NUM + CAT], train[TARGET])
dummy = DummyClassifier(strategy="prior").fit(train[NUM + CAT], train[TARGET])

table = pd.DataFrame(
    {
        name: [roc_auc_score(valid[TARGET], m.predict_proba(valid[NUM + CAT])[:, 1]),
               average_precision_score(valid[TARGET], m.predict_proba(valid[NUM + CAT])[:, 1])]
        for name, m in {"dummy baseline": dummy, "logreg": lr}.items()
    },
    index=["roc_auc", "avg_precision"],
).T
print(table.round(4))

test = pd.read_csv("test.csv", parse_dates=[TIME]).pipe(add_cols)
lr.fit(df[NUM + CAT], df[TARGET])
test[[ID]].assign(prediction=lr.predict_proba(test[NUM + CAT])[:, 1]).to_csv("predictions.csv", index=False)
