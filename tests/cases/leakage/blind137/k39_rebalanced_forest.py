# churn_rf.py -- churn-snapshots take-home
#
# Random forest on point-in-time features. Because churners are ~5% of snapshots the forest
# sees a rebalanced sample (negatives downsampled to 4:1).
# Evaluation: customer-hash split (1 in 5 customers held out) combined with a time cut.
import hashlib
import json

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

TASK = json.load(open("task.json"))
TARGET = TASK["target"]
TIME = TASK["time_column"]
CUST = TASK["group_column"]
SID = TASK["id_column"]
NON_FEATURES = {TARGET, TIME, CUST, SID, *TASK["leaky_columns"]}
CUT = pd.Timestamp("2024-07-01")


def add_history(df):
    df = df.sort_values([CUST, TIME]).copy()
    g = df.groupby(CUST)
    df["logins_prev"] = g["logins_30d"].shift(1)
    df["logins_prev_avg"] = g["logins_30d"].transform(lambda s: s.shift(1).expanding().mean())
    df["logins_gap"] = df["logins_30d"] - df["logins_prev_avg"]
    df["idle_prev"] = g["days_since_last_login"].shift(1)
    df["tickets_prev3"] = g["support_tickets_30d"].transform(lambda s: s.shift(1).rolling(3, min_periods=1).sum())
    df["charges_prev"] = g["monthly_charges"].shift(1)
    df["seen_months"] = g.cumcount()
    df = pd.get_dummies(df, columns=["plan", "region"], dtype=int)
    return df.fillna(-1)


def holdout_customer(cid) -> bool:
    return int(hashlib.sha1(str(cid).encode()).hexdigest()[:8], 16) % 5 == 0


def prepare(frame, balance=True, ratio=4, seed=0):
    """Downsample negatives to `ratio` per positive and return X, y."""
    if balance:
        pos = frame[frame[TARGET] == 1]
        neg = frame[frame[TARGET] == 0].sample(n=min(len(pos) * ratio, (frame[TARGET] == 0).sum()), random_state=seed)
        frame = pd.concat([pos, neg]).sort_index()
    feats = [c for c in frame.columns if c not in NON_FEATURES and c != "is_holdout"]
    return frame[feats], frame[TARGET]


df = add_history(pd.read_csv("train.csv", parse_dates=[TIME]))
test = add_history(pd.read_csv("test.csv", parse_dates=[TIME]))
df["is_holdout"] = df[CUST].map(holdout_customer)

train_raw = df[(df[TIME] < CUT) & ~df["is_holdout"]]
valid_raw = df[(df[TIME] >= CUT) & df["is_holdout"]]
print("raw churn rate  train %.4f  valid %.4f" % (train_raw[TARGET].mean(), valid_raw[TARGET].mean()))

X_tr, y_tr = prepare(train_raw)
X_va, y_va = prepare(valid_raw)
print("prepared sizes", X_tr.shape, X_va.shape)

forest = RandomForestClassifier(n_estimators=500, min_samples_leaf=5, max_features="sqrt", n_jobs=-1, random_state=0)
forest.fit(X_tr, y_tr)
dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)

for name, est in (("dummy(prior)", dummy), ("random_forest", forest)):
    p = est.predict_proba(X_va)[:, 1]
    print(f"{name:14s} roc_auc={roc_auc_score(y_va, p):.4f}  average_precision={average_precision_score(y_va, p):.4f}")

X_all, y_all = prepare(df)
forest.fit(X_all, y_all)
test = test.reindex(columns=[SID] + list(X_all.columns), fill_value=0)
pd.DataFrame({SID: test[SID], "prediction": forest.predict_proba(test[X_all.columns])[:, 1]}) \
    .to_csv("predictions.csv", index=False)
