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

from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score

CATS = ["plan", "region", "contract_type", "payment_method"]
DROP = ["snapshot_id", "customer_id", "snapshot_month", "churned_next_month", "retention_offer_accepted", "account_closed_date_known"]
X = pd.get_dummies(df.drop(columns=DROP), columns=CATS, dtype=float).fillna(0)
y = df["churned_next_month"]
cut = pd.Timestamp("2024-07-01")
tr = df["snapshot_month"] < cut
te = (df["snapshot_month"] >= cut) & ~df["customer_id"].isin(df.loc[tr, "customer_id"])

rf = RandomForestClassifier(n_estimators=300, max_depth=10, n_jobs=-1, random_state=7)
rf.fit(X[tr], y[tr])
print("accuracy (rf):   ", accuracy_score(y[te], rf.predict(X[te])))
maj = DummyClassifier(strategy="most_frequent").fit(X[tr], y[tr])
print("accuracy (majority):", accuracy_score(y[te], maj.predict(X[te])))
