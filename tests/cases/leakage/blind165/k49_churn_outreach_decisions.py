"""churn-snapshots -- outreach decision model.

The retention team acts on a yes/no list, so the model is judged on its yes/no
decisions: share of snapshots it classifies correctly, compared with the trivial
"nobody churns" rule (majority-class dummy).

Split: fit on Jan-Jun; evaluate on Jul-Sep snapshots of customers without a Jan-Jun
snapshot. Model choice (class weight strength) by a June window of new customers.
"""
import json

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

task = json.load(open("task.json"))
TARGET, TIME, CUST, SID = task["target"], task["time_column"], task["group_column"], task["id_column"]
df = pd.read_csv("train.csv", parse_dates=[TIME]).drop(columns=task["leaky_columns"])
test = pd.read_csv("test.csv", parse_dates=[TIME])

NUM = ["tenure_months", "monthly_charges", "has_discount", "logins_30d", "days_since_last_login",
       "support_tickets_30d", "payment_failures_90d"]
CAT = ["plan", "region"]
COLS = NUM + CAT


def make(weight):
    return Pipeline([
        ("prep", ColumnTransformer([
            ("num", Pipeline([("imp", SimpleImputer(strategy="median")), ("sc", StandardScaler())]), NUM),
            ("cat", OneHotEncoder(handle_unknown="ignore"), CAT),
        ])),
        ("clf", LogisticRegression(C=0.3, class_weight={0: 1, 1: weight}, max_iter=3000)),
    ])


jun, jul = pd.Timestamp("2024-06-01"), pd.Timestamp("2024-07-01")
fit_rows = df[df[TIME] < jun]
sel_rows = df[(df[TIME] >= jun) & (df[TIME] < jul) & ~df[CUST].isin(set(fit_rows[CUST]))]
hold = df[(df[TIME] >= jul) & ~df[CUST].isin(set(df.loc[df[TIME] < jul, CUST]))]
print("fit/select/holdout:", len(fit_rows), len(sel_rows), len(hold))

weights = [1, 2, 4, 8]
sel_acc = {}
for w in weights:
    m = make(w).fit(fit_rows[COLS], fit_rows[TARGET])
    sel_acc[w] = accuracy_score(sel_rows[TARGET], m.predict(sel_rows[COLS]))
    print(f"class weight {w}: selection accuracy {sel_acc[w]:.4f}")
w_best = max(sel_acc, key=sel_acc.get)

upto_jun = df[df[TIME] < jul]
model = make(w_best).fit(upto_jun[COLS], upto_jun[TARGET])
nobody = DummyClassifier(strategy="most_frequent").fit(upto_jun[COLS], upto_jun[TARGET])
print(f"holdout accuracy  model(w={w_best}): {model.score(hold[COLS], hold[TARGET]):.4f}")
print(f"holdout accuracy  'nobody churns' baseline: {nobody.score(hold[COLS], hold[TARGET]):.4f}")

final = make(w_best).fit(df[COLS], df[TARGET])
pd.DataFrame({SID: test[SID], "prediction": final.predict_proba(test[COLS])[:, 1]}).to_csv(
    "predictions.csv", index=False)
