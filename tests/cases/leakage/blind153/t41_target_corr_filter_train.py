"""Churn snapshots: correlation screen + gradient boosting.

Screen candidate features by their absolute point-biserial correlation with the
label, computed on the training months only, keep the top 12, then fit.
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


def expand(d):
    base = ["tenure_months", "monthly_charges", "logins_30d", "days_since_last_login",
            "support_tickets_30d", "payment_failures_90d"]
    return (
        d.drop(columns=LEAKY, errors="ignore")
        .assign(**{f"{c}_sq": (lambda x, c=c: x[c] ** 2) for c in base})
        .assign(**{f"{c}_log": (lambda x, c=c: np.log1p(x[c].clip(lower=0))) for c in base})
        .assign(
            idle_x_tickets=lambda x: x.days_since_last_login * x.support_tickets_30d,
            charge_x_discount=lambda x: x.monthly_charges * x.has_discount,
        )
        .pipe(pd.get_dummies, columns=["plan", "region"], dtype=int)
    )


def top_correlated(frame, cols, k=12):
    return (
        frame[cols]
        .corrwith(frame[TARGET])
        .abs()
        .sort_values(ascending=False)
        .head(k)
        .index.tolist()
    )


snap = pd.read_csv("train.csv", parse_dates=[TIME]).pipe(expand)
pool = [c for c in snap.columns if c not in {TARGET, ID, TIME, GROUP}]

cut = pd.Timestamp("2024-07-01")
train = snap.loc[lambda d: d[TIME] < cut]
valid = snap.loc[lambda d: d[TIME] >= cut].loc[lambda d: ~d[GROUP].isin(train[GROUP])]

keep = top_correlated(train, pool)
print("kept:", keep)

hgb = HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, min_samples_leaf=40, random_state=6)
hgb.fit(train[keep], train[TARGET])
dummy = DummyClassifier(strategy="prior").fit(train[keep], train[TARGET])

res = pd.DataFrame(
    [(n, roc_auc_score(valid[TARGET], m.predict_proba(valid[keep])[:, 1]),
      average_precision_score(valid[TARGET], m.predict_proba(valid[keep])[:, 1]))
     for n, m in [("dummy baseline", dummy), ("hgb", hgb)]],
    columns=["model", "roc_auc", "avg_precision"],
)
print(res.round(4).to_string(index=False))

final_keep = top_correlated(snap, pool)
test = pd.read_csv("test.csv", parse_dates=[TIME]).pipe(expand).reindex(columns=[ID] + final_keep, fill_value=0)
hgb.fit(snap[final_keep], snap[TARGET])
test[[ID]].assign(prediction=hgb.predict_proba(test[final_keep])[:, 1]).to_csv("predictions.csv", index=False)
