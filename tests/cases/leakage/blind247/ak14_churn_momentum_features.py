##############################################
# Churn prediction - take home
# Femi A. -- junior DS
# trying "trend" features from the time series tutorial
##############################################
import pandas as pd
import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

df = pd.read_csv("train.csv")
df["snapshot_month"] = pd.to_datetime(df["snapshot_month"])
print(df.shape)
print(df.customer_id.nunique(), "customers")
print(df.groupby("snapshot_month").size())
print(df.churned_next_month.mean())

df = df.sort_values(["customer_id", "snapshot_month"]).reset_index(drop=True)
g = df.groupby("customer_id")

# month over month change of activity (this month vs LAST month, next month isn't known yet)
df["logins_change"] = df["logins_30d"] - g["logins_30d"].shift(1)
df["tickets_change"] = df["support_tickets_30d"] - g["support_tickets_30d"].shift(1)
df["charges_change"] = df["monthly_charges"] - g["monthly_charges"].shift(1)
trend_cols = ["logins_change", "tickets_change", "charges_change"]
print(df[trend_cols].isna().mean())
# first month of each customer has no previous month -> 0 change
df[trend_cols] = df[trend_cols].fillna(0)
print(df[trend_cols].describe())

print(df.groupby("churned_next_month")[trend_cols].mean())

df["n_months_seen"] = g.cumcount() + 1
df["is_monthly_contract"] = (df["contract_type"] == "monthly").astype(int)

df = pd.get_dummies(df, columns=["plan", "payment_method", "region", "contract_type"], dtype=int)

NOT_FEATURES = ["snapshot_id", "customer_id", "snapshot_month", "churned_next_month",
                "retention_offer_accepted", "account_closed_date_known"]
FEATURES = [c for c in df.columns if c not in NOT_FEATURES]
print(FEATURES)

# validation = last 3 months, only customers who never appear before the cut
last3 = sorted(df.snapshot_month.unique())[-3:]
tr = df[~df.snapshot_month.isin(last3)]
va = df[df.snapshot_month.isin(last3)]
va = va[~va.customer_id.isin(tr.customer_id.unique())]
print(len(tr), len(va), va.churned_next_month.mean())

Xtr, ytr = tr[FEATURES], tr["churned_next_month"]
Xva, yva = va[FEATURES], va["churned_next_month"]

base = DummyClassifier(strategy="prior").fit(Xtr, ytr)
print("baseline AUC:", roc_auc_score(yva, base.predict_proba(Xva)[:, 1]))
print("baseline AP :", average_precision_score(yva, base.predict_proba(Xva)[:, 1]))

clf = HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, random_state=0)
clf.fit(Xtr, ytr)
pva = clf.predict_proba(Xva)[:, 1]
print("HGB AUC:", roc_auc_score(yva, pva))
print("HGB AP :", average_precision_score(yva, pva))
