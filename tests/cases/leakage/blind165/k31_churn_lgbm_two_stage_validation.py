"""churn-snapshots -- LightGBM, two-stage validation.

Stage 1 (settings): fit Jan-May, validate Jun for customers new in June.
Stage 2 (estimate): refit Jan-Jun with the chosen settings, score Jul-Sep for
customers with no Jan-Jun snapshot -- reported once, next to the prior baseline.

retention_offer_accepted is recorded by the retention desk after the customer has
called to cancel, so it is removed. Identifiers and the snapshot date are not features.
"""
import json

import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

task = json.load(open("task.json"))
TARGET, TIME, CUST, SID = task["target"], task["time_column"], task["group_column"], task["id_column"]

df = pd.read_csv("train.csv", parse_dates=[TIME])
test = pd.read_csv("test.csv", parse_dates=[TIME])

NOT_FEATURES = [TARGET, TIME, CUST, SID, "retention_offer_accepted"]
FEATURES = [c for c in df.columns if c not in NOT_FEATURES]
for frame in (df, test):
    frame["plan"] = frame["plan"].astype("category")
    frame["region"] = frame["region"].astype("category")
print("features:", FEATURES)


def new_customer_window(frame, fit_end, eval_start, eval_end):
    fit = frame[frame[TIME] < fit_end]
    ev = frame[(frame[TIME] >= eval_start) & (frame[TIME] < eval_end) & ~frame[CUST].isin(set(fit[CUST]))]
    return fit, ev


BASE = dict(n_estimators=500, learning_rate=0.03, subsample=0.8, subsample_freq=1, verbose=-1, random_state=3)
GRID = [dict(num_leaves=n, min_child_samples=m) for n in (7, 15, 31) for m in (50, 150)]

fit1, val1 = new_customer_window(df, pd.Timestamp("2024-06-01"), pd.Timestamp("2024-06-01"), pd.Timestamp("2024-07-01"))
print("stage 1:", len(fit1), len(val1), int(val1[TARGET].sum()), "positives")
scores = []
for g in GRID:
    m = lgb.LGBMClassifier(**BASE, **g).fit(fit1[FEATURES], fit1[TARGET])
    scores.append(roc_auc_score(val1[TARGET], m.predict_proba(val1[FEATURES])[:, 1]))
best = GRID[int(np.argmax(scores))]
print("chosen:", best, "val AUC %.3f" % max(scores))

fit2, ev2 = new_customer_window(df, pd.Timestamp("2024-07-01"), pd.Timestamp("2024-07-01"), pd.Timestamp("2024-10-01"))
model = lgb.LGBMClassifier(**BASE, **best).fit(fit2[FEATURES], fit2[TARGET])
prior = DummyClassifier(strategy="prior").fit(fit2[FEATURES], fit2[TARGET])
for name, est in (("prior baseline", prior), ("lightgbm", model)):
    s = est.predict_proba(ev2[FEATURES])[:, 1]
    print(f"{name:15s} AUC {roc_auc_score(ev2[TARGET], s):.3f}  AP {average_precision_score(ev2[TARGET], s):.3f}")

final = lgb.LGBMClassifier(**BASE, **best).fit(df[FEATURES], df[TARGET])
pd.DataFrame({SID: test[SID], "prediction": final.predict_proba(test[FEATURES])[:, 1]}).to_csv(
    "predictions.csv", index=False)
