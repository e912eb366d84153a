"""Churn take-home - gradient boosting with target-encoded categoricals.

Run: python y04_churn_target_encoding_gbm.py  (expects train.csv / test.csv next to it)
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, f1_score

TARGET = "churned_next_month"
DROP = ["snapshot_id", "customer_id", "retention_offer_accepted", "account_closed_date_known"]

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(df.shape, test.shape)
print(df[TARGET].mean())

df["snapshot_month"] = pd.to_datetime(df["snapshot_month"])
test["snapshot_month"] = pd.to_datetime(test["snapshot_month"])

# --- quick checks -------------------------------------------------------
print(df.isna().mean().sort_values(ascending=False).head())
print(df.groupby("snapshot_month")[TARGET].agg(["mean", "size"]))

# --- encode plan / region by their churn rate ---------------------------
# smoothed mean so small groups are pulled to the global rate
global_rate = df[TARGET].mean()
def smooth_rate(frame, col, k=20):
    g = frame.groupby(col)[TARGET].agg(["sum", "count"])
    return (g["sum"] + k * global_rate) / (g["count"] + k)

enc = {}
for c in ["plan", "region"]:
    enc[c] = smooth_rate(df, c)
    df[c + "_rate"] = df[c].map(enc[c])
    test[c + "_rate"] = test[c].map(enc[c]).fillna(global_rate)
print(enc)

# simple engineered features
for frame in (df, test):
    frame["charges_per_tenure"] = frame["monthly_charges"] / (frame["tenure_months"] + 1)
    frame["inactive"] = (frame["days_since_last_login"] > 14).astype(int)

features = [
    "tenure_months", "monthly_charges", "has_discount", "logins_30d",
    "days_since_last_login", "support_tickets_30d", "payment_failures_90d",
    "plan_rate", "region_rate", "charges_per_tenure", "inactive",
]

# --- validation: last quarter, new customers only ------------------------
cutoff = pd.Timestamp("2024-10-01")
tr = df[df["snapshot_month"] < cutoff]
va = df[df["snapshot_month"] >= cutoff]
va = va[~va["customer_id"].isin(tr["customer_id"].unique())]
print("train rows", len(tr), "valid rows", len(va))

model = HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, max_leaf_nodes=31, random_state=0)
model.fit(tr[features], tr[TARGET])
proba = model.predict_proba(va[features])[:, 1]

# baseline: predict the training churn rate for everyone
base = np.full(len(va), tr[TARGET].mean())
print("baseline AUC", roc_auc_score(va[TARGET], base), "AP", average_precision_score(va[TARGET], base))
print("model    AUC", roc_auc_score(va[TARGET], proba), "AP", average_precision_score(va[TARGET], proba))
print("F1 @0.5", f1_score(va[TARGET], proba > 0.5))

# --- final fit and submission ---------------------------------------------
model.fit(df[features], df[TARGET])
out = pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": model.predict_proba(test[features])[:, 1]})
out.to_csv("predictions.csv", index=False)
print(out.describe())
