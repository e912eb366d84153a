"""Churn snapshots: customer-level holdout.

The same customer appears in several monthly snapshots, so I hold out 20% of
customers (all of their snapshots) with GroupShuffleSplit.
"""
import json

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import GroupShuffleSplit

task = json.load(open("task.json"))
TARGET, ID, TIME, GROUP = task["target"], task["id_column"], task["time_column"], task["group_column"]
LEAKY = task["leaky_columns"]


def build(d):
    return (
        d.sort_values([GROUP, TIME])
        .assign(
            tenure_years=lambda x: x.tenure_months / 12,
            logins_lag1=lambda x: x.groupby(GROUP)["logins_30d"].shift(1).fillna(x.logins_30d),
            login_trend=lambda x: x.logins_30d - x.logins_lag1,
            failed_recently=lambda x: x.payment_failures_90d.clip(upper=3),
        )
        .pipe(pd.get_dummies, columns=["plan", "region"], dtype=int)
    )


snapshots = pd.read_csv("train.csv", parse_dates=[TIME]).pipe(build)
feature_cols = snapshots.columns.difference([TARGET, ID, TIME, GROUP, *LEAKY]).tolist()

gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=2024)
tr_idx, te_idx = next(gss.split(snapshots, snapshots[TARGET], groups=snapshots[GROUP]))
tr, te = snapshots.iloc[tr_idx], snapshots.iloc[te_idx]
assert not set(tr[GROUP]) & set(te[GROUP])
print(len(tr), len(te), tr[GROUP].nunique(), te[GROUP].nunique())

forest = RandomForestClassifier(n_estimators=600, max_features="sqrt", min_samples_leaf=15,
                                class_weight="balanced", n_jobs=-1, random_state=0)
forest.fit(tr[feature_cols], tr[TARGET])
baseline = DummyClassifier(strategy="prior").fit(tr[feature_cols], tr[TARGET])

rows = []
for name, est in (("baseline", baseline), ("random_forest", forest)):
    s = est.predict_proba(te[feature_cols])[:, 1]
    rows.append((name, roc_auc_score(te[TARGET], s), average_precision_score(te[TARGET], s)))
print(pd.DataFrame(rows, columns=["model", "roc_auc", "avg_precision"]).round(4).to_string(index=False))

top = pd.Series(forest.feature_importances_, index=feature_cols).nlargest(10)
print(top)

test = pd.read_csv("test.csv", parse_dates=[TIME]).pipe(build).reindex(columns=[ID] + feature_cols, fill_value=0)
forest.fit(snapshots[feature_cols], snapshots[TARGET])
test[[ID]].assign(prediction=forest.predict_proba(test[feature_cols])[:, 1]).to_csv("predictions.csv", index=False)
