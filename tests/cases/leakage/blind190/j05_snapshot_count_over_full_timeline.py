# churn take-home -- activity / recency features
# validation = later months of held-out customers (GroupShuffleSplit on ids + time cut)

import pandas as pd
import numpy as np
from sklearn.model_selection import GroupShuffleSplit
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, brier_score_loss

TARGET = "churned_next_month"
NOT_FEATURES = {"snapshot_id", "customer_id", "snapshot_month", TARGET,
                "retention_offer_accepted", "account_closed_date_known",
                "last_ticket_month", "first_month"}

trn_raw = pd.read_csv("train.csv")
tst_raw = pd.read_csv("test.csv")
for d in (trn_raw, tst_raw):
    d["snapshot_month"] = pd.to_datetime(d["snapshot_month"])

df = pd.concat([trn_raw, tst_raw], keys=["train", "test"]).reset_index(level=0).rename(columns={"level_0": "part"})
df = df.sort_values(["customer_id", "snapshot_month"]).reset_index(drop=True)
grp = df.groupby("customer_id")

# how long / how often we have seen the customer
df["n_snapshots"] = grp["snapshot_id"].transform("count")
df["first_month"] = grp["snapshot_month"].cummin()
df["months_observed"] = ((df["snapshot_month"] - df["first_month"]).dt.days / 30.4).round()

# time since the last month with support tickets (current month counts, it is in the snapshot)
df["last_ticket_month"] = df["snapshot_month"].where(df["support_tickets_30d"] > 0)
df["last_ticket_month"] = df.groupby("customer_id")["last_ticket_month"].ffill()
df["months_since_ticket"] = ((df["snapshot_month"] - df["last_ticket_month"]).dt.days / 30.4).round()
df["months_since_ticket"] = df["months_since_ticket"].fillna(99)

# engagement trend
df["logins_lag1"] = grp["logins_30d"].shift(1)
df["logins_trend"] = df["logins_30d"] - df["logins_lag1"]
df["spend_lag1"] = grp["monthly_spend"].shift(1)
df["spend_ratio"] = df["monthly_spend"] / df["spend_lag1"].replace(0, np.nan)

df = pd.get_dummies(df, columns=["plan", "region"], dtype=int)
FEATURES = [c for c in df.columns if c not in NOT_FEATURES and c != "part"]

lab = df[df["part"] == "train"].reset_index(drop=True)
unl = df[df["part"] == "test"].reset_index(drop=True)

gss = GroupShuffleSplit(n_splits=1, test_size=0.25, random_state=11)
cust_tr_idx, cust_va_idx = next(gss.split(lab, groups=lab["customer_id"]))
cut = pd.Timestamp("2024-07-01")
tr = lab.iloc[cust_tr_idx]
va = lab.iloc[cust_va_idx]
tr = tr[tr["snapshot_month"] < cut]
va = va[va["snapshot_month"] >= cut]
assert not set(tr["customer_id"]) & set(va["customer_id"])
print("train", tr.shape, "valid", va.shape)

hgb = HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05,
                                     max_leaf_nodes=31, l2_regularization=1.0,
                                     random_state=0)
hgb.fit(tr[FEATURES], tr[TARGET])
pv = hgb.predict_proba(va[FEATURES])[:, 1]

dm = DummyClassifier(strategy="prior").fit(tr[FEATURES], tr[TARGET])
pd_ = dm.predict_proba(va[FEATURES])[:, 1]

res = pd.DataFrame({
    "roc_auc": [roc_auc_score(va[TARGET], pv), roc_auc_score(va[TARGET], pd_)],
    "avg_precision": [average_precision_score(va[TARGET], pv), average_precision_score(va[TARGET], pd_)],
    "brier": [brier_score_loss(va[TARGET], pv), brier_score_loss(va[TARGET], pd_)],
}, index=["hist_gb", "prior_baseline"])
print(res.round(4))

hgb.fit(lab[FEATURES], lab[TARGET])
out = pd.DataFrame({"snapshot_id": unl["snapshot_id"], "prediction": hgb.predict_proba(unl[FEATURES])[:, 1]})
out.to_csv("predictions.csv", index=False)
