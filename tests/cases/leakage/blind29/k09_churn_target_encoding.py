"""Churn model with target-encoded plan/region and a logistic regression.

The encoding tables are built from the training months only and then looked up
for the evaluation months (unseen categories fall back to the global rate).
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler
from sklearn.metrics import roc_auc_score, average_precision_score, log_loss

TARGET = "churned_next_month"
ENCODE = ["plan_type", "region", "contract_type"]
NUMERIC = ["tenure_months", "monthly_spend", "support_tickets", "data_usage_gb", "late_payments"]


class MeanEncoder:
    def __init__(self, cols, smoothing=20.0):
        self.cols = cols
        self.smoothing = smoothing
        self.tables = {}
        self.prior = None

    def fit(self, frame, y):
        self.prior = y.mean()
        for col in self.cols:
            stats = y.groupby(frame[col]).agg(["sum", "count"])
            self.tables[col] = (stats["sum"] + self.prior * self.smoothing) / (stats["count"] + self.smoothing)
        return self

    def transform(self, frame):
        out = frame.copy()
        for col in self.cols:
            out[col + "_te"] = out[col].map(self.tables[col]).fillna(self.prior)
        return out


def load():
    df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
    df = df.sort_values(["customer_id", "snapshot_month"])
    df["tickets_last2"] = df.groupby("customer_id")["support_tickets"].transform(
        lambda s: s.shift(1).rolling(2, min_periods=1).sum()).fillna(0)
    return df


df = load()
print(df[TARGET].mean(), df["snapshot_month"].min(), df["snapshot_month"].max())

cutoff = pd.Timestamp(df["snapshot_month"].max()) - pd.DateOffset(months=4)
train = df[df["snapshot_month"] <= cutoff].copy()
test = df[df["snapshot_month"] > cutoff].copy()
test = test[~test["customer_id"].isin(train["customer_id"])]

enc = MeanEncoder(ENCODE).fit(train, train[TARGET])
train = enc.transform(train)
test = enc.transform(test)
cols = NUMERIC + ["tickets_last2"] + [c + "_te" for c in ENCODE]

scaler = StandardScaler().fit(train[cols])
Xtr, Xte = scaler.transform(train[cols]), scaler.transform(test[cols])

prior = DummyClassifier(strategy="prior").fit(Xtr, train[TARGET])
lr = LogisticRegression(C=1.0, max_iter=1000).fit(Xtr, train[TARGET])

for name, m in [("prior baseline", prior), ("logistic", lr)]:
    p = m.predict_proba(Xte)[:, 1]
    print(f"{name:15s} auc={roc_auc_score(test[TARGET], p):.4f} "
          f"ap={average_precision_score(test[TARGET], p):.4f} "
          f"logloss={log_loss(test[TARGET], p):.4f}")

# final fit on all labelled months
full = load()
enc_full = MeanEncoder(ENCODE).fit(full, full[TARGET])
full = enc_full.transform(full)
sc_full = StandardScaler().fit(full[cols])
final = LogisticRegression(C=1.0, max_iter=1000).fit(sc_full.transform(full[cols]), full[TARGET])

unl = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
hist = pd.concat([pd.read_csv("train.csv", parse_dates=["snapshot_month"]), unl]).sort_values(["customer_id", "snapshot_month"])
hist["tickets_last2"] = hist.groupby("customer_id")["support_tickets"].transform(
    lambda s: s.shift(1).rolling(2, min_periods=1).sum()).fillna(0)
unl = enc_full.transform(hist[hist["snapshot_id"].isin(unl["snapshot_id"])])
pd.DataFrame({"snapshot_id": unl["snapshot_id"],
              "prediction": final.predict_proba(sc_full.transform(unl[cols]))[:, 1]}).to_csv("predictions.csv", index=False)
