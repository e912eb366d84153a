#!/usr/bin/env python
# Churn take-home - final script (notebook exported and cleaned)
import warnings
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

warnings.filterwarnings("ignore")

TARGET = "churned_next_month"
NUM = ["monthly_charges", "tenure_months", "logins_30d", "support_tickets_30d",
       "payment_failures_90d", "discount_pct", "data_usage_gb", "autopay"]
CAT = ["plan", "region", "contract_type"]
USAGE = ["logins_30d", "data_usage_gb", "support_tickets_30d"]

train = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
print(train.shape, test.shape)
print(train[USAGE].isna().mean())


def fill_usage_gaps(df):
    # usage tracking has gaps for some months; fill from the customer's neighbouring months
    df = df.sort_values(["customer_id", "snapshot_month"]).copy()
    for c in USAGE:
        df[c] = df.groupby("customer_id")[c].transform(lambda s: s.ffill().bfill())
    df[USAGE] = df[USAGE].fillna(0)
    df["autopay"] = df["autopay"].astype(int)
    return df


train = fill_usage_gaps(train)
test = fill_usage_gaps(test)
print(train[USAGE].isna().sum().sum(), "missing left")

# validation = Jul-Sep, customers with no snapshot before July
cut = pd.Timestamp("2024-07-01")
tr = train[train["snapshot_month"] < cut]
va = train[(train["snapshot_month"] >= cut) & ~train["customer_id"].isin(tr["customer_id"])]
print(f"train {len(tr)} rows / valid {len(va)} rows, valid positives {va[TARGET].sum()}")

pre = ColumnTransformer([
    ("num", StandardScaler(), NUM),
    ("cat", OneHotEncoder(handle_unknown="ignore"), CAT),
])
clf = Pipeline([("pre", pre), ("lr", LogisticRegression(max_iter=2000, class_weight="balanced"))])

dummy = DummyClassifier(strategy="prior").fit(tr[NUM + CAT], tr[TARGET])
p0 = dummy.predict_proba(va[NUM + CAT])[:, 1]
print("dummy   AUC %.3f  AP %.3f" % (roc_auc_score(va[TARGET], p0), average_precision_score(va[TARGET], p0)))

clf.fit(tr[NUM + CAT], tr[TARGET])
p = clf.predict_proba(va[NUM + CAT])[:, 1]
print("logreg  AUC %.3f  AP %.3f" % (roc_auc_score(va[TARGET], p), average_precision_score(va[TARGET], p)))

# top-decile lift
va = va.assign(score=p)
top = va.nlargest(int(len(va) * 0.1), "score")
print("churn rate in top 10%:", round(top[TARGET].mean(), 3), "vs overall", round(va[TARGET].mean(), 3))

clf.fit(train[NUM + CAT], train[TARGET])
sub = pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": clf.predict_proba(test[NUM + CAT])[:, 1]})
sub.to_csv("predictions.csv", index=False)
print(sub.shape, sub["prediction"].mean())
