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
from sklearn.metrics import roc_auc_score, average_precision_score

CATS = ["plan", "region", "contract_type", "payment_method"]
DROP = ["snapshot_id", "customer_id", "snapshot_month", "churned_next_month", "retention_offer_accepted", "account_closed_date_known"]
lag_cols = ["logins_lag1", "logins_delta", "charges_lag1", "charges_change"]
# first month of each customer has no lag -> median
df[lag_cols] = df[lag_cols].fillna(df[lag_cols].median())
test[lag_cols] = test[lag_cols].fillna(df[lag_cols].median())

X = pd.get_dummies(df.drop(columns=DROP), columns=CATS, dtype=float)
y = df["churned_next_month"]
cut = pd.Timestamp("2024-07-01")
rng = np.random.default_rng(5)
custs = df["customer_id"].unique()
val_custs = rng.choice(custs, size=len(custs) // 4, replace=False)
fit_rows = (df["snapshot_month"] < cut) & ~df["customer_id"].isin(val_custs)
val_rows = (df["snapshot_month"] >= cut) & df["customer_id"].isin(val_custs)

forest = RandomForestClassifier(n_estimators=400, min_samples_leaf=15, n_jobs=-1, random_state=2)
forest.fit(X[fit_rows], y[fit_rows])
p = forest.predict_proba(X[val_rows])[:, 1]
pb = DummyClassifier(strategy="prior").fit(X[fit_rows], y[fit_rows]).predict_proba(X[val_rows])[:, 1]
print(f"forest AUC {roc_auc_score(y[val_rows], p):.4f} AP {average_precision_score(y[val_rows], p):.4f}")
print(f"prior  AUC {roc_auc_score(y[val_rows], pb):.4f} AP {average_precision_score(y[val_rows], pb):.4f}")
