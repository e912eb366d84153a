#!/usr/bin/env python
# churn take-home - random forest, quick version (ran out of time for proper CV)
import pandas as pd
import numpy as np
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import roc_auc_score, accuracy_score, classification_report, confusion_matrix

train = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])

print(train.shape, test.shape)
print(train.head())
print(train.isnull().sum())
print(train["churned_next_month"].value_counts(normalize=True))

leaky = ["retention_offer_accepted", "account_closed_date_known"]
ids = ["snapshot_id", "customer_id"]


def prepare(df):
    df = df.copy()
    df["month"] = df["snapshot_month"].dt.month
    df["spend_per_gb"] = df["monthly_spend"] / (df["data_usage_gb"] + 0.1)
    df["tickets_flag"] = (df["support_tickets"] > 2).astype(int)
    df["late_flag"] = (df["late_payments"] > 0).astype(int)
    df["tenure_bucket"] = pd.cut(df["tenure_months"], [-1, 6, 12, 24, 48, 1000], labels=False)
    df = pd.get_dummies(df, columns=["plan_type", "contract_type", "region"])
    return df.drop(columns=leaky + ids + ["snapshot_month"], errors="ignore")


tr = prepare(train)
te = prepare(test)
y = tr.pop("churned_next_month")
te = te.reindex(columns=tr.columns, fill_value=0)
tr = tr.fillna(-1)
te = te.fillna(-1)

rf = RandomForestClassifier(n_estimators=400, max_depth=12, min_samples_leaf=5,
                            class_weight="balanced", n_jobs=-1, random_state=42)
rf.fit(tr, y)

pred_train = rf.predict(tr)
proba_train = rf.predict_proba(tr)[:, 1]
print("train accuracy:", accuracy_score(y, pred_train))
print("train ROC AUC:", roc_auc_score(y, proba_train))
print(confusion_matrix(y, pred_train))
print(classification_report(y, pred_train, digits=3))

importances = pd.Series(rf.feature_importances_, index=tr.columns).sort_values(ascending=False)
print(importances.head(15))

out = pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": rf.predict_proba(te)[:, 1]})
out.to_csv("predictions.csv", index=False)
print(out.describe())
