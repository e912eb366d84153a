import json
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt

df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
print("train", df.shape, "test", test.shape)
print(df.dtypes)

print(df["churned_next_month"].value_counts(normalize=True))
print(df.groupby("snapshot_month")["churned_next_month"].mean().round(3))
print(df.isna().sum().sort_values(ascending=False).head(8))

def add_history(frame):
    frame = frame.sort_values(["customer_id", "snapshot_month"]).copy()
    g = frame.groupby("customer_id")
    frame["logins_lag1"] = g["logins_30d"].shift(1)
    frame["logins_delta"] = frame["logins_30d"] - frame["logins_lag1"]
    frame["charges_lag1"] = g["monthly_charges"].shift(1)
    frame["charges_change"] = frame["monthly_charges"] - frame["charges_lag1"]
    frame["tickets_roll3"] = g["support_tickets_30d"].transform(lambda s: s.rolling(3, min_periods=1).mean())
    frame["months_in_data"] = g.cumcount()
    return frame

df = add_history(df)
test = add_history(test)

from sklearn.feature_selection import SelectKBest, mutual_info_classif
from sklearn.ensemble import RandomForestClassifier
from sklearn.pipeline import Pipeline
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

CATS = ["plan", "region", "contract_type", "payment_method"]
DROP = ["snapshot_id", "customer_id", "snapshot_month", "churned_next_month", "retention_offer_accepted", "account_closed_date_known"]
X = pd.get_dummies(df.drop(columns=DROP), columns=CATS, dtype=float).fillna(-1)
y = df["churned_next_month"]

cut = pd.Timestamp("2024-07-01")
train_ids = df.loc[df["snapshot_month"] < cut, "customer_id"].unique()
tr_mask = (df["snapshot_month"] < cut).values
va_mask = ((df["snapshot_month"] >= cut) & ~df["customer_id"].isin(train_ids)).values

model = Pipeline([
    ("select", SelectKBest(mutual_info_classif, k=15)),
    ("rf", RandomForestClassifier(n_estimators=300, min_samples_leaf=25, n_jobs=-1, random_state=0)),
])
model.fit(X[tr_mask], y[tr_mask])
print("kept:", list(X.columns[model.named_steps["select"].get_support()]))
p = model.predict_proba(X[va_mask])[:, 1]
p0 = DummyClassifier().fit(X[tr_mask], y[tr_mask]).predict_proba(X[va_mask])[:, 1]
print("rf    auc %.4f ap %.4f" % (roc_auc_score(y[va_mask], p), average_precision_score(y[va_mask], p)))
print("dummy auc %.4f ap %.4f" % (roc_auc_score(y[va_mask], p0), average_precision_score(y[va_mask], p0)))
