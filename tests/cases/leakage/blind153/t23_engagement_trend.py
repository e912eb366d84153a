# Churn snapshots: engagement-trend features with a gradient boosted model.
# Hypothesis: customers about to churn show a collapse in logins around the snapshot.
import json

import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score, precision_recall_curve

task = json.load(open("task.json"))
TARGET = task["target"]
ID = task["id_column"]
TIME = task["time_column"]
GROUP = task["group_column"]
LEAKY = task["leaky_columns"]


def trend_features(d):
    g = d.sort_values([GROUP, TIME]).groupby(GROUP, group_keys=False)
    return (
        d.sort_values([GROUP, TIME])
        .assign(
            logins_prev=g["logins_30d"].shift(1),
            logins_next=g["logins_30d"].shift(-1),
            idle_next=g["days_since_last_login"].shift(-1),
        )
        .assign(
            trend_back=lambda x: (x.logins_30d - x.logins_prev).fillna(0),
            trend_fwd=lambda x: (x.logins_next - x.logins_30d).fillna(0),
            going_idle=lambda x: (x.idle_next > x.days_since_last_login).astype(int),
        )
        .drop(columns=["logins_next", "idle_next"])
    )


def categorical(d):
    return d.assign(plan=d.plan.astype("category"), region=d.region.astype("category"))


df = pd.read_csv("train.csv", parse_dates=[TIME]).pipe(trend_features).pipe(categorical)
X_COLS = [c for c in df.columns if c not in [TARGET, ID, TIME, GROUP, *LEAKY]]

cut = pd.Timestamp("2024-07-01")
tr = df.loc[lambda d: d[TIME] < cut]
va = df.loc[lambda d: d[TIME] >= cut].loc[lambda d: ~d[GROUP].isin(tr[GROUP].unique())]

clf = HistGradientBoostingClassifier(categorical_features="from_dtype", max_iter=400,
                                     learning_rate=0.05, l2_regularization=0.5, random_state=21)
clf.fit(tr[X_COLS], tr[TARGET])
score = clf.predict_proba(va[X_COLS])[:, 1]
print("validation ROC AUC:", round(roc_auc_score(va[TARGET], score), 4))
print("validation AP     :", round(average_precision_score(va[TARGET], score), 4))

prec, rec, thr = precision_recall_curve(va[TARGET], score)
print(pd.DataFrame({"precision": prec[:-1], "recall": rec[:-1], "threshold": thr}).iloc[::50].round(3))

test = pd.read_csv("test.csv", parse_dates=[TIME]).pipe(trend_features).pipe(categorical)
clf.fit(df[X_COLS], df[TARGET])
test[[ID]].assign(prediction=clf.predict_proba(test[X_COLS])[:, 1]).to_csv("predictions.csv", index=False)
