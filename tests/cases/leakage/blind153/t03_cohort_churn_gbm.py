"""Churn snapshots: gradient boosting with "cohort" context features.

Idea: churn is contagious within a region (competitor promos roll out per
region), so give the model the region's churn rate in the same month.
"""
import json

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

with open("task.json") as fh:
    task = json.load(fh)

TARGET = task["target"]
ID = task["id_column"]
TIME = task["time_column"]
GROUP = task["group_column"]
DROP = [TARGET, ID, TIME, GROUP, *task["leaky_columns"]]
CUTOFF = pd.Timestamp("2024-07-01")


def base_features(d):
    return (
        d.assign(
            inactive=lambda x: (x.days_since_last_login > 21).astype(int),
            charges_log=lambda x: np.log1p(x.monthly_charges),
            failures_any=lambda x: (x.payment_failures_90d > 0).astype(int),
        )
        .pipe(pd.get_dummies, columns=["plan", "region"], prefix=["plan", "reg"], dtype=int)
    )


def cohort_features(d):
    # churn rate of the customer's region in the same snapshot month
    return d.assign(
        region_month_churn=lambda x: x.groupby(["region", TIME])[TARGET].transform("mean"),
        region_month_n=lambda x: x.groupby(["region", TIME])[ID].transform("size"),
    )


snap = (
    pd.read_csv("train.csv", parse_dates=[TIME])
    .pipe(cohort_features)
    .assign(region_copy=lambda x: x.region)
    .pipe(base_features)
    .rename(columns={"region_copy": "region"})
)

print(snap.groupby(TIME).agg(rows=(ID, "size"), churn=(TARGET, "mean")))

train = snap.loc[lambda d: d[TIME] < CUTOFF]
valid = (
    snap.loc[lambda d: d[TIME] >= CUTOFF]
    .loc[lambda d: ~d[GROUP].isin(set(train[GROUP]))]
)
features = [c for c in snap.columns if c not in DROP + ["region"]]

gbm = GradientBoostingClassifier(n_estimators=300, learning_rate=0.05, max_depth=3, subsample=0.8, random_state=1)
gbm.fit(train[features], train[TARGET])
dummy = DummyClassifier(strategy="stratified", random_state=1).fit(train[features], train[TARGET])

for label, est in {"baseline (dummy)": dummy, "gbm": gbm}.items():
    proba = est.predict_proba(valid[features])[:, 1]
    print(f"{label:18s} roc_auc={roc_auc_score(valid[TARGET], proba):.4f} "
          f"ap={average_precision_score(valid[TARGET], proba):.4f}")

imp = pd.Series(gbm.feature_importances_, index=features).sort_values(ascending=False)
print(imp.head(12))

# hidden months: no labels, so carry the latest known region rate forward
latest = (
    snap.loc[lambda d: d[TIME] == d[TIME].max()]
    .groupby("region", as_index=False)
    .agg(region_month_churn=("region_month_churn", "first"), region_month_n=("region_month_n", "first"))
)
test = (
    pd.read_csv("test.csv", parse_dates=[TIME])
    .merge(latest, on="region", how="left")
    .pipe(base_features)
    .reindex(columns=[ID] + features, fill_value=0)
)
gbm.fit(snap[features], snap[TARGET])
test[[ID]].assign(prediction=gbm.predict_proba(test[features])[:, 1]).to_csv("predictions.csv", index=False)
