import pandas as pd
import numpy as np
from sklearn.utils import resample
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, recall_score

RNG = 42
TARGET = "churned_next_month"

snapshots = pd.read_csv("data/snapshots.csv", parse_dates=["snapshot_month"])
tickets = pd.read_csv("data/tickets.csv", parse_dates=["opened_ts"])
logins = pd.read_csv("data/logins.csv", parse_dates=["login_ts"])


def trailing_count(snap, log, ts_col, days, name):
    j = snap[["snapshot_id", "customer_id", "snapshot_month"]].merge(log[["customer_id", ts_col]], on="customer_id")
    lo = j["snapshot_month"] - pd.Timedelta(days=days)
    j = j[(j[ts_col] < j["snapshot_month"]) & (j[ts_col] >= lo)]
    return j.groupby("snapshot_id").size().rename(name)


extra = pd.concat([
    trailing_count(snapshots, tickets, "opened_ts", 30, "tickets_30d"),
    trailing_count(snapshots, tickets, "opened_ts", 180, "tickets_180d"),
    trailing_count(snapshots, logins, "login_ts", 30, "logins_30d"),
    trailing_count(snapshots, logins, "login_ts", 90, "logins_90d"),
], axis=1)
data = snapshots.merge(extra, left_on="snapshot_id", right_index=True, how="left")
data[extra.columns] = data[extra.columns].fillna(0)
data["fee_per_product"] = data["monthly_fee"] / data["n_products"].clip(lower=1)

print("churn share before balancing:", data[TARGET].mean().round(4))

# churners are ~5% of snapshots; bring them up to a third of the table
minority = data[data[TARGET] == 1]
majority = data[data[TARGET] == 0]
n_needed = len(majority) // 2
minority_up = resample(minority, replace=True, n_samples=n_needed, random_state=RNG)
balanced = pd.concat([majority, minority_up]).sort_values("snapshot_month").reset_index(drop=True)
print("churn share after balancing:", balanced[TARGET].mean().round(4))

features = ["monthly_fee", "tenure_months", "n_products", "fee_per_product",
            "tickets_30d", "tickets_180d", "logins_30d", "logins_90d"]

cutoff = pd.Timestamp("2023-07-01")
train = balanced[balanced.snapshot_month < cutoff]
test = balanced[balanced.snapshot_month >= cutoff]
test = test[~test.customer_id.isin(train.customer_id.unique())]

rf = RandomForestClassifier(n_estimators=400, min_samples_leaf=10, n_jobs=-1, random_state=RNG)
rf.fit(train[features], train[TARGET])
p = rf.predict_proba(test[features])[:, 1]

base = DummyClassifier(strategy="prior").fit(train[features], train[TARGET])
pb = base.predict_proba(test[features])[:, 1]

for label, scores in (("prior baseline", pb), ("random forest", p)):
    print(f"{label:15s} auc={roc_auc_score(test[TARGET], scores):.3f} "
          f"ap={average_precision_score(test[TARGET], scores):.3f} "
          f"recall@0.5={recall_score(test[TARGET], scores >= 0.5):.3f}")
