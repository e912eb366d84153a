"""Walk-forward validation for churn-snapshots.

For each validation month M in Jun..Sep: fit on all snapshots before M and
score month M restricted to customers who have no snapshot before M (the
hidden test set is made of other customers, so this is the honest analogue).
"""
import json

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

task = json.load(open("task.json"))
TARGET, ID, TIME, GROUP = task["target"], task["id_column"], task["time_column"], task["group_column"]
LEAKY = task["leaky_columns"]


def featurize(d):
    return (
        d.sort_values([GROUP, TIME])
        .assign(
            logins_prev=lambda x: x.groupby(GROUP).logins_30d.shift(1),
            logins_drop=lambda x: (x.logins_prev - x.logins_30d).clip(lower=0),
            failures_flag=lambda x: x.payment_failures_90d.gt(0).astype(int),
            plan=lambda x: x.plan.astype("category"),
            region=lambda x: x.region.astype("category"),
        )
        .sort_values(TIME, kind="stable")
        .reset_index(drop=True)
    )


snap = pd.read_csv("train.csv", parse_dates=[TIME]).pipe(featurize)
cols = [c for c in snap.columns if c not in {TARGET, ID, TIME, GROUP, *LEAKY}]


def evaluate_month(month):
    past = snap.loc[lambda d: d[TIME] < month]
    current = snap.loc[lambda d: (d[TIME] == month) & ~d[GROUP].isin(past[GROUP])]
    model = HistGradientBoostingClassifier(categorical_features="from_dtype", max_iter=300,
                                           learning_rate=0.05, random_state=0).fit(past[cols], past[TARGET])
    base = DummyClassifier(strategy="prior").fit(past[cols], past[TARGET])
    p, b = model.predict_proba(current[cols])[:, 1], base.predict_proba(current[cols])[:, 1]
    return {
        "month": month.date(),
        "n_eval": len(current),
        "positives": int(current[TARGET].sum()),
        "auc": roc_auc_score(current[TARGET], p),
        "ap": average_precision_score(current[TARGET], p),
        "baseline_ap": average_precision_score(current[TARGET], b),
    }


months = pd.date_range("2024-06-01", "2024-09-01", freq="MS")
walk = pd.DataFrame([evaluate_month(m) for m in months])
print(walk.round(4).to_string(index=False))
print(walk[["auc", "ap", "baseline_ap"]].mean().round(4))

test = pd.read_csv("test.csv", parse_dates=[TIME]).pipe(featurize)
final = HistGradientBoostingClassifier(categorical_features="from_dtype", max_iter=300,
                                       learning_rate=0.05, random_state=0).fit(snap[cols], snap[TARGET])
test[[ID]].assign(prediction=final.predict_proba(test[cols])[:, 1]).to_csv("predictions.csv", index=False)
