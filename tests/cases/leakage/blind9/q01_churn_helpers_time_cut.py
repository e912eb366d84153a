"""Churn take-home: predict churned_next_month from monthly customer snapshots."""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

TARGET = "churned_next_month"
LEAKY = ["retention_offer_accepted", "account_closed_date_known"]
KEYS = ["snapshot_id", "customer_id", "snapshot_month"]
HIST_COLS = ["support_tickets_90d", "logins_30d", "payment_failures", "monthly_charges"]


def load():
    train = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
    test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
    return train, test


def add_history(frame):
    """Per-customer running means of earlier months only (shift(1) keeps the current month out)."""
    frame = frame.sort_values(["customer_id", "snapshot_month"]).copy()
    g = frame.groupby("customer_id")
    for col in HIST_COLS:
        frame[f"{col}_past_mean"] = g[col].transform(lambda s: s.expanding().mean().shift(1))
        frame[f"{col}_delta"] = frame[col] - g[col].shift(1)
    frame["months_seen"] = g.cumcount()
    return frame


def encode(frame):
    out = pd.get_dummies(frame, columns=["plan", "region", "contract_type"], dtype=float)
    return out


def split_by_time(frame, cutoff):
    """Train on months before the cutoff; evaluate on later months of customers never seen in training."""
    early = frame[frame["snapshot_month"] < cutoff]
    late = frame[frame["snapshot_month"] >= cutoff]
    late = late[~late["customer_id"].isin(early["customer_id"].unique())]
    return early, late


def feature_columns(frame):
    drop = set([TARGET] + LEAKY + KEYS)
    return [c for c in frame.columns if c not in drop]


train, test = load()
print(train.shape, test.shape)
print(train[TARGET].value_counts(normalize=True))
print(train.groupby("snapshot_month")[TARGET].mean().tail())

n_train = len(train)
both = pd.concat([train, test], keys=["train", "test"]).reset_index(level=0).rename(columns={"level_0": "part"})
both = encode(add_history(both))
train_f = both[both["part"] == "train"].drop(columns="part")
test_f = both[both["part"] == "test"].drop(columns="part")

cutoff = train_f["snapshot_month"].sort_values().unique()[-4]
tr, va = split_by_time(train_f, cutoff)
features = feature_columns(train_f)
print(f"{len(tr)} train rows, {len(va)} validation rows, {len(features)} features")

dummy = DummyClassifier(strategy="prior").fit(tr[features], tr[TARGET])
model = HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, random_state=0)
model.fit(tr[features], tr[TARGET])

for name, est in [("baseline (prior)", dummy), ("hgb", model)]:
    p = est.predict_proba(va[features])[:, 1]
    print(f"{name:18s} roc_auc={roc_auc_score(va[TARGET], p):.3f}  pr_auc={average_precision_score(va[TARGET], p):.3f}")

# refit on every training month for the submission
final = HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, random_state=0)
final.fit(train_f[features], train_f[TARGET])
pred = pd.DataFrame({"snapshot_id": test_f["snapshot_id"], "prediction": final.predict_proba(test_f[features])[:, 1]})
pred.to_csv("predictions.csv", index=False)
print(pred.describe())
