"""Churn snapshots - customer profile features + gradient boosting.

Beyond the snapshot itself, describe each customer by their typical behaviour
(average logins, ticket volume, charge volatility, how long they have been
with us in snapshots).
"""
import json

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

task = json.load(open("task.json"))
TARGET, ID, TIME, GROUP = task["target"], task["id_column"], task["time_column"], task["group_column"]
LEAKY = task["leaky_columns"]


def add_profile(d):
    by_cust = d.groupby(GROUP)
    return d.assign(
        **{
            "cust_logins_mean": by_cust["logins_30d"].transform("mean"),
            "cust_tickets_mean": by_cust["support_tickets_30d"].transform("mean"),
            "cust_charge_std": by_cust["monthly_charges"].transform("std").fillna(0),
            "cust_n_snapshots": by_cust[ID].transform("count"),
        }
    )


def add_basic(d):
    return d.assign(
        plan_code=lambda x: x.plan.map({"basic": 0, "standard": 1, "premium": 2}).fillna(-1),
        region_code=lambda x: x.region.astype("category").cat.codes,
        log_days_idle=lambda x: np.log1p(x.days_since_last_login),
    )


df = pd.read_csv("train.csv", parse_dates=[TIME]).sort_values([GROUP, TIME]).pipe(add_profile).pipe(add_basic)
FEATS = [c for c in df.select_dtypes("number").columns if c not in {TARGET, ID, GROUP, *LEAKY}]
print(len(FEATS), "features")

cutoff = pd.Timestamp("2024-07-01")
fit_df = df.query(f"{TIME} < @cutoff")
val_df = df.query(f"{TIME} >= @cutoff and {GROUP} not in @fit_df.{GROUP}")

gbc = GradientBoostingClassifier(n_estimators=250, max_depth=3, learning_rate=0.05, subsample=0.8, random_state=5)
gbc.fit(fit_df[FEATS], fit_df[TARGET])
base = DummyClassifier(strategy="prior").fit(fit_df[FEATS], fit_df[TARGET])

out = {}
for name, est in {"prior_baseline": base, "gbc": gbc}.items():
    s = est.predict_proba(val_df[FEATS])[:, 1]
    out[name] = {"roc_auc": roc_auc_score(val_df[TARGET], s), "ap": average_precision_score(val_df[TARGET], s)}
print(pd.DataFrame(out).T.round(4))

test = pd.read_csv("test.csv", parse_dates=[TIME]).sort_values([GROUP, TIME]).pipe(add_profile).pipe(add_basic)
gbc.fit(df[FEATS], df[TARGET])
test[[ID]].assign(prediction=gbc.predict_proba(test[FEATS])[:, 1]).to_csv("predictions.csv", index=False)
