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

from sklearn.ensemble import ExtraTreesClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

target = "churned_next_month"
num = df.drop(columns=[target, "customer_id", "retention_offer_accepted", "account_closed_date_known"]).select_dtypes("number")
num = num.fillna(-1)
X = pd.concat([num, pd.get_dummies(df[["plan", "region", "contract_type", "payment_method"]], dtype=float)], axis=1)
y = df[target]
print(X.columns.tolist())

cut = pd.Timestamp("2024-07-01")
train_rows = df["snapshot_month"] < cut
eval_rows = (df["snapshot_month"] >= cut) & ~df["customer_id"].isin(df.loc[train_rows, "customer_id"])

et = ExtraTreesClassifier(n_estimators=500, min_samples_leaf=10, n_jobs=-1, random_state=0)
et.fit(X[train_rows], y[train_rows])
p = et.predict_proba(X[eval_rows])[:, 1]
p_base = DummyClassifier(strategy="prior").fit(X[train_rows], y[train_rows]).predict_proba(X[eval_rows])[:, 1]
print("extra trees auc", roc_auc_score(y[eval_rows], p), "ap", average_precision_score(y[eval_rows], p))
print("baseline    auc", roc_auc_score(y[eval_rows], p_base), "ap", average_precision_score(y[eval_rows], p_base))
print(pd.Series(et.feature_importances_, index=X.columns).sort_values(ascending=False).head(10))
