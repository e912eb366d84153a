"""Churn snapshots: random forest against two simple baselines.

Baselines: (1) the training churn rate for everyone, (2) a one-line rule that
ranks customers by days since last login. The model has to beat both on
Jul-Sep snapshots of customers not present before July.
"""
import json

import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

task = json.load(open("task.json"))
TARGET, ID, TIME, GROUP = task["target"], task["id_column"], task["time_column"], task["group_column"]
LEAKY = task["leaky_columns"]


def make_features(d):
    return (
        d.drop(columns=LEAKY, errors="ignore")
        .assign(
            tenure_bucket=lambda x: pd.cut(x.tenure_months, [-1, 3, 12, 24, 600], labels=False),
            charge_band=lambda x: (x.monthly_charges // 20).clip(upper=6),
            engagement=lambda x: x.logins_30d / (1 + x.days_since_last_login),
        )
        .pipe(pd.get_dummies, columns=["plan", "region"], dtype=int)
    )


frame = pd.read_csv("train.csv", parse_dates=[TIME]).pipe(make_features)
cols = frame.columns.difference([TARGET, ID, TIME, GROUP]).tolist()

split_month = pd.Timestamp("2024-07-01")
early = frame.loc[lambda d: d[TIME] < split_month]
late = (
    frame.loc[lambda d: d[TIME] >= split_month]
    .merge(early[[GROUP]].drop_duplicates(), on=GROUP, how="left", indicator=True)
    .query("_merge == 'left_only'")
    .drop(columns="_merge")
)
print(len(early), len(late), late[GROUP].nunique())

forest = RandomForestClassifier(n_estimators=500, min_samples_leaf=20, max_features=0.5,
                                class_weight="balanced_subsample", n_jobs=-1, random_state=2)
forest.fit(early[cols], early[TARGET])

preds = {
    "baseline_prior": np.full(len(late), early[TARGET].mean()),
    "baseline_idle_days": late["days_since_last_login"].to_numpy(),
    "random_forest": forest.predict_proba(late[cols])[:, 1],
}
summary = pd.DataFrame(
    {k: {"roc_auc": roc_auc_score(late[TARGET], v), "avg_precision": average_precision_score(late[TARGET], v)}
     for k, v in preds.items()}
).T
print(summary.round(4))

test = pd.read_csv("test.csv", parse_dates=[TIME]).pipe(make_features).reindex(columns=[ID] + cols, fill_value=0)
forest.fit(frame[cols], frame[TARGET])
test[[ID]].assign(prediction=forest.predict_proba(test[cols])[:, 1]).to_csv("predictions.csv", index=False)
