"""Churn - gradient boosting with minority upsampling.

Only ~5% of snapshots churn. Time split first (fit Jan-Jun, validate Jul-Sep
on customers new in Jul-Sep), then churner snapshots of the fitting window are
upsampled with replacement to 25% of its rows. Validation rows are untouched.
"""
import json

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import average_precision_score, recall_score, roc_auc_score
from sklearn.utils import resample

task = json.load(open("task.json"))
TARGET, ID = task["target"], task["id_column"]
DROP = [TARGET, ID, "customer_id", "snapshot_month"] + task["leaky_columns"]

df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
print(df[TARGET].value_counts())

df = pd.get_dummies(df, columns=["plan", "region"], dtype=int)
test = pd.get_dummies(test, columns=["plan", "region"], dtype=int).reindex(columns=df.columns, fill_value=0)
for d in (df, test):
    d["days_since_last_login"] = d["days_since_last_login"].fillna(90)
    d["logins_per_ticket"] = d["logins_30d"] / (d["support_tickets_30d"] + 1)
FEATS = [c for c in df.columns if c not in DROP]


def upsample(frame, seed=0):
    pos = frame[frame[TARGET] == 1]
    neg = frame[frame[TARGET] == 0]
    pos_up = resample(pos, replace=True, n_samples=len(neg) // 3, random_state=seed)
    return pd.concat([neg, pos_up]).sample(frac=1.0, random_state=seed)


cut = pd.Timestamp("2024-07-01")
tr = df[df["snapshot_month"] < cut]
va = df[(df["snapshot_month"] >= cut) & ~df["customer_id"].isin(tr["customer_id"])]
tr_bal = upsample(tr)
print(tr.shape, tr_bal.shape, va.shape)
print(tr_bal[TARGET].value_counts(normalize=True))

gbc = GradientBoostingClassifier(n_estimators=300, max_depth=3, learning_rate=0.05, subsample=0.8,
                                 random_state=0)
gbc.fit(tr_bal[FEATS], tr_bal[TARGET])
dum = DummyClassifier(strategy="prior").fit(tr[FEATS], tr[TARGET])

table = {}
for name, est in [("dummy", dum), ("gbc", gbc)]:
    p = est.predict_proba(va[FEATS])[:, 1]
    table[name] = {"roc_auc": roc_auc_score(va[TARGET], p),
                   "average_precision": average_precision_score(va[TARGET], p),
                   "recall@0.5": recall_score(va[TARGET], (p >= 0.5).astype(int))}
print(pd.DataFrame(table).T.round(4))

final = GradientBoostingClassifier(n_estimators=300, max_depth=3, learning_rate=0.05, subsample=0.8,
                                   random_state=0)
all_bal = upsample(df)
final.fit(all_bal[FEATS], all_bal[TARGET])
pd.DataFrame({ID: test[ID], "prediction": final.predict_proba(test[FEATS])[:, 1]}).to_csv(
    "predictions.csv", index=False)
json.dump({"roc_auc": round(table["gbc"]["roc_auc"], 4)}, open("metrics.json", "w"))
