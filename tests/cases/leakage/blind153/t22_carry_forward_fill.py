"""Churn snapshots - gap filling + random forest.

Missing usage values (tracking outages) are carried forward from the same
customer's previous snapshot; customers with no earlier value get -1.
"""
import json

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

task = json.load(open("task.json"))
TARGET, ID, TIME, GROUP = task["target"], task["id_column"], task["time_column"], task["group_column"]
LEAKY = task["leaky_columns"]
GAPPY = ["days_since_last_login", "logins_30d"]


def fill_from_customer(d):
    d = d.sort_values([GROUP, TIME])
    return d.assign(**{c: d.groupby(GROUP)[c].ffill().fillna(-1) for c in GAPPY})


def encode(d):
    return (
        d.assign(
            idle_ratio=lambda x: x.days_since_last_login.clip(lower=0) / 30,
            ticket_flag=lambda x: (x.support_tickets_30d >= 2).astype(int),
        )
        .pipe(pd.get_dummies, columns=["plan", "region"], drop_first=True, dtype=int)
    )


raw = pd.read_csv("train.csv", parse_dates=[TIME])
print(raw[GAPPY].isna().mean())
snap = raw.pipe(fill_from_customer).pipe(encode)
COLS = snap.columns.difference([TARGET, ID, TIME, GROUP, *LEAKY]).tolist()

boundary = pd.Timestamp("2024-07-01")
train_part = snap.loc[lambda d: d[TIME] < boundary]
valid_part = snap.loc[lambda d: d[TIME] >= boundary].loc[lambda d: ~d[GROUP].isin(train_part[GROUP])]
print(len(train_part), len(valid_part))

rf = RandomForestClassifier(n_estimators=400, min_samples_leaf=25, class_weight="balanced", n_jobs=-1, random_state=8)
rf.fit(train_part[COLS], train_part[TARGET])
dummy = DummyClassifier(strategy="prior").fit(train_part[COLS], train_part[TARGET])

for label, est in (("dummy baseline", dummy), ("random forest", rf)):
    s = est.predict_proba(valid_part[COLS])[:, 1]
    print(f"{label:15s} AUC {roc_auc_score(valid_part[TARGET], s):.3f}  AP {average_precision_score(valid_part[TARGET], s):.3f}")

test = (
    pd.read_csv("test.csv", parse_dates=[TIME])
    .pipe(fill_from_customer)
    .pipe(encode)
    .reindex(columns=[ID] + COLS, fill_value=0)
)
rf.fit(snap[COLS], snap[TARGET])
test[[ID]].assign(prediction=rf.predict_proba(test[COLS])[:, 1]).to_csv("predictions.csv", index=False)
