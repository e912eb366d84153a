#!/usr/bin/env python
# Churn take-home -- logistic regression with history features.
# Author's note: kept it simple and interpretable; coefficients are printed at the end.

import pandas as pd
import numpy as np
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, brier_score_loss

TARGET = "churned_next_month"
NUMERIC = ["tenure_months", "monthly_charges", "has_discount", "logins_30d",
           "days_since_last_login", "support_tickets_30d", "payment_failures_90d",
           "logins_prev", "tickets_prev", "logins_drop"]

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")


def prepare(df):
    df = df.copy()
    df["snapshot_month"] = pd.to_datetime(df["snapshot_month"])
    df = df.sort_values(["customer_id", "snapshot_month"])
    grp = df.groupby("customer_id")
    df["logins_prev"] = grp["logins_30d"].shift(1).fillna(0)
    df["tickets_prev"] = grp["support_tickets_30d"].shift(1).fillna(0)
    df["logins_drop"] = (df["logins_prev"] - df["logins_30d"]).clip(lower=0)
    df["days_since_last_login"] = df["days_since_last_login"].fillna(999).clip(upper=120)
    df = pd.get_dummies(df, columns=["plan", "region"], dtype=float)
    return df


train = prepare(train)
test = prepare(test)
dummy_cols = [c for c in train.columns if c.startswith(("plan_", "region_"))]
for c in dummy_cols:
    if c not in test:
        test[c] = 0.0
cols = NUMERIC + dummy_cols

# standardise so the coefficients are comparable
scaler = StandardScaler()
train[NUMERIC] = scaler.fit_transform(train[NUMERIC])

# ---- validation: Jan-Jun for fitting, Jul-Sep customers never seen before July
cut = pd.Timestamp("2024-07-01")
fit_df = train[train["snapshot_month"] < cut]
val_df = train[(train["snapshot_month"] >= cut)
               & (~train["customer_id"].isin(fit_df["customer_id"]))]

clf = LogisticRegression(C=0.5, max_iter=3000)
clf.fit(fit_df[cols], fit_df[TARGET])
prior = DummyClassifier(strategy="prior").fit(fit_df[cols], fit_df[TARGET])

for name, m in (("prior", prior), ("logreg", clf)):
    p = m.predict_proba(val_df[cols])[:, 1]
    print(f"{name:7s} AUC={roc_auc_score(val_df[TARGET], p):.3f} "
          f"AP={average_precision_score(val_df[TARGET], p):.3f} "
          f"Brier={brier_score_loss(val_df[TARGET], p):.4f}")

print(pd.Series(clf.coef_[0], index=cols).sort_values().round(3).to_string())

# ---- final fit on all labelled months
final = LogisticRegression(C=0.5, max_iter=3000).fit(train[cols], train[TARGET])
test[NUMERIC] = scaler.transform(test[NUMERIC])
pd.DataFrame({"snapshot_id": test["snapshot_id"],
              "prediction": final.predict_proba(test[cols])[:, 1]}).to_csv(
    "predictions.csv", index=False)
