"""Churn snapshots - plan-level churn prior + random forest.

The plan's historical churn rate is a useful prior. It is estimated on the
training months only (smoothed towards the overall rate) and merged onto the
validation rows; for the submission it is re-estimated on all labelled months.
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


def plan_prior(labelled, alpha=100):
    overall = labelled[TARGET].mean()
    return (
        labelled.groupby("plan", as_index=False)
        .agg(n=(TARGET, "size"), churners=(TARGET, "sum"))
        .assign(plan_churn_prior=lambda t: (t.churners + alpha * overall) / (t.n + alpha))
        .loc[:, ["plan", "plan_churn_prior"]]
    )


def shape(d):
    return (
        d.assign(
            idle_30=lambda x: (x.days_since_last_login >= 30).astype(int),
            logins_log=lambda x: np.log1p(x.logins_30d),
        )
        .pipe(pd.get_dummies, columns=["plan", "region"], dtype=int)
    )


raw = pd.read_csv("train.csv", parse_dates=[TIME]).drop(columns=LEAKY)

cut = pd.Timestamp("2024-07-01")
raw_tr = raw.query(f"{TIME} < @cut")
raw_va = raw.query(f"{TIME} >= @cut").loc[lambda d: ~d[GROUP].isin(raw_tr[GROUP])]

prior_tbl = plan_prior(raw_tr)
print(prior_tbl)
tr = raw_tr.merge(prior_tbl, on="plan", how="left").pipe(shape)
va = raw_va.merge(prior_tbl, on="plan", how="left").pipe(shape).reindex(columns=tr.columns, fill_value=0)
FEATS = [c for c in tr.columns if c not in {TARGET, ID, TIME, GROUP}]

rf = RandomForestClassifier(n_estimators=400, min_samples_leaf=20, class_weight="balanced", n_jobs=-1, random_state=0)
rf.fit(tr[FEATS], tr[TARGET])
base = DummyClassifier(strategy="prior").fit(tr[FEATS], tr[TARGET])
for name, m in [("dummy baseline", base), ("rf + plan prior", rf)]:
    s = m.predict_proba(va[FEATS])[:, 1]
    print(f"{name:16s} auc={roc_auc_score(va[TARGET], s):.4f} ap={average_precision_score(va[TARGET], s):.4f}")

full_tbl = plan_prior(raw)
full = raw.merge(full_tbl, on="plan", how="left").pipe(shape).reindex(columns=tr.columns, fill_value=0)
test = (
    pd.read_csv("test.csv", parse_dates=[TIME])
    .merge(full_tbl, on="plan", how="left")
    .pipe(shape)
    .reindex(columns=[ID] + FEATS, fill_value=0)
)
rf.fit(full[FEATS], full[TARGET])
test[[ID]].assign(prediction=rf.predict_proba(test[FEATS])[:, 1]).to_csv("predictions.csv", index=False)
