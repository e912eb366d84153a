"""Churn: tune LightGBM on a validation window, report once on the final window.

train  : snapshots before 2023-04
valid  : 2023-04 .. 2023-06, customers not in train
test   : 2023-07 onwards, customers in neither train nor valid
"""
import itertools
import pandas as pd
import numpy as np
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

TARGET = "churned_next_month"
snap = pd.read_csv("snapshots.csv", parse_dates=["snapshot_month"])
events = pd.read_csv("events.csv", parse_dates=["event_ts"])

j = snap[["snapshot_id", "customer_id", "snapshot_month"]].merge(events, on="customer_id")
j = j[j.event_ts < j.snapshot_month]
j["weeks_back"] = (j.snapshot_month - j.event_ts).dt.days // 7
feat = {}
for weeks in (2, 6, 13, 26):
    w = j[j.weeks_back < weeks]
    feat[f"events_{weeks}w"] = w.groupby("snapshot_id").size()
    feat[f"tickets_{weeks}w"] = w[w.event_type == "ticket"].groupby("snapshot_id").size()
    feat[f"logins_{weeks}w"] = w[w.event_type == "login"].groupby("snapshot_id").size()
feat = pd.DataFrame(feat).fillna(0)
df = snap.join(feat, on="snapshot_id")
df[feat.columns] = df[feat.columns].fillna(0)
FEATS = ["monthly_fee", "tenure_months", "n_products"] + list(feat.columns)

t1, t2 = pd.Timestamp("2023-04-01"), pd.Timestamp("2023-07-01")
train = df[df.snapshot_month < t1]
valid = df[(df.snapshot_month >= t1) & (df.snapshot_month < t2)]
valid = valid[~valid.customer_id.isin(train.customer_id)]
test = df[df.snapshot_month >= t2]
test = test[~test.customer_id.isin(pd.concat([train.customer_id, valid.customer_id]))]
print(len(train), len(valid), len(test))

grid = {"num_leaves": [7, 15, 31], "min_child_samples": [20, 100], "learning_rate": [0.02, 0.05]}
results = []
for leaves, mcs, lr in itertools.product(*grid.values()):
    m = lgb.LGBMClassifier(n_estimators=400, num_leaves=leaves, min_child_samples=mcs,
                           learning_rate=lr, random_state=0, verbose=-1)
    m.fit(train[FEATS], train[TARGET])
    auc = roc_auc_score(valid[TARGET], m.predict_proba(valid[FEATS])[:, 1])
    results.append(((leaves, mcs, lr), auc))
results.sort(key=lambda r: r[1], reverse=True)
best_params, best_valid_auc = results[0]
print("best on validation:", best_params, round(best_valid_auc, 4))

leaves, mcs, lr = best_params
fit_rows = pd.concat([train, valid])
final = lgb.LGBMClassifier(n_estimators=400, num_leaves=leaves, min_child_samples=mcs,
                           learning_rate=lr, random_state=0, verbose=-1)
final.fit(fit_rows[FEATS], fit_rows[TARGET])
p_test = final.predict_proba(test[FEATS])[:, 1]

dummy = DummyClassifier(strategy="prior").fit(fit_rows[FEATS], fit_rows[TARGET])
p_dummy = dummy.predict_proba(test[FEATS])[:, 1]
print("test  dummy AUC %.3f AP %.3f" % (roc_auc_score(test[TARGET], p_dummy), average_precision_score(test[TARGET], p_dummy)))
print("test  lgbm  AUC %.3f AP %.3f" % (roc_auc_score(test[TARGET], p_test), average_precision_score(test[TARGET], p_test)))
