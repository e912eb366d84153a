"""Churn model with importance-based feature pruning.

Candidate features: static account fields plus trailing event-log aggregates.
Pruning is learned on the training months only.
"""
import pandas as pd
import numpy as np
from sklearn.ensemble import RandomForestClassifier, GradientBoostingClassifier
from sklearn.feature_selection import SelectFromModel
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, accuracy_score

TARGET = "churned_next_month"
ID = "snapshot_id"
POST_OUTCOME = ["retention_offer_accepted", "account_closed_date_known"]

snap = pd.read_csv("snapshots.csv", parse_dates=["snapshot_month"])
ev = pd.read_csv("events.csv", parse_dates=["event_ts"])

pairs = snap[[ID, "customer_id", "snapshot_month"]].merge(ev, on="customer_id")
pairs = pairs.loc[pairs.event_ts < pairs.snapshot_month]
pairs["days_back"] = (pairs.snapshot_month - pairs.event_ts).dt.days

blocks = []
for days in (14, 30, 60, 120):
    w = pairs.loc[pairs.days_back <= days]
    b = w.groupby([ID, "event_type"]).size().unstack(fill_value=0)
    b.columns = [f"{c}_{days}d" for c in b.columns]
    blocks.append(b)
    blocks.append(w.groupby(ID)["amount"].agg(["sum", "max"]).add_prefix(f"amount_{days}d_"))
agg = pd.concat(blocks, axis=1).fillna(0)

df = snap.merge(agg, left_on=ID, right_index=True, how="left")
df[agg.columns] = df[agg.columns].fillna(0)
df = pd.get_dummies(df, columns=["plan_type", "region"], dtype=float)

drop_cols = [TARGET, ID, "customer_id", "snapshot_month"] + POST_OUTCOME
candidates = [c for c in df.columns if c not in drop_cols]
print(len(candidates), "candidate features")

cut = pd.Timestamp("2023-05-01")
train = df[df.snapshot_month < cut]
test = df[(df.snapshot_month >= cut) & ~df.customer_id.isin(train.customer_id)]

selector = SelectFromModel(
    RandomForestClassifier(n_estimators=300, min_samples_leaf=20, n_jobs=-1, random_state=0),
    threshold="median",
)
selector.fit(train[candidates], train[TARGET])
kept = [c for c, keep in zip(candidates, selector.get_support()) if keep]
print("kept:", kept)

gb = GradientBoostingClassifier(n_estimators=250, max_depth=3, learning_rate=0.05, random_state=0)
gb.fit(train[kept], train[TARGET])
proba = gb.predict_proba(test[kept])[:, 1]

dummy = DummyClassifier(strategy="prior").fit(train[kept], train[TARGET])
dproba = dummy.predict_proba(test[kept])[:, 1]

print(f"dummy   AUC={roc_auc_score(test[TARGET], dproba):.3f} AP={average_precision_score(test[TARGET], dproba):.3f}")
print(f"gb      AUC={roc_auc_score(test[TARGET], proba):.3f} AP={average_precision_score(test[TARGET], proba):.3f}"
      f" acc={accuracy_score(test[TARGET], proba > 0.5):.3f}")
