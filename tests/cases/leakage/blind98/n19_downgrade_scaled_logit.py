#!/usr/bin/env python
"""Plan-downgrade take-home: logistic regression with standardized features.

Steps: load -> features -> scale -> time split (new accounts in holdout) -> baseline vs logit -> predictions.csv
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score, average_precision_score, log_loss
from sklearn.preprocessing import StandardScaler

TARGET = "downgraded_next_month"
LEAKY = ["next_plan_code", "retention_offer_made"]
CATS = ["plan_tier", "region", "contract_type", "autopay"]
NUM = ["monthly_fee", "tenure_months", "data_used_gb", "data_cap_gb", "voice_minutes", "sms_count",
       "overage_charges", "support_tickets", "dropped_call_pct", "device_age_months", "lines_on_account"]


def features(d):
    d = d.copy()
    d[NUM] = d[NUM].fillna(0)
    d["usage_ratio"] = d["data_used_gb"] / (d["data_cap_gb"] + 1)
    d["fee_per_line"] = d["monthly_fee"] / d["lines_on_account"].clip(lower=1)
    d["log_overage"] = np.log1p(d["overage_charges"].clip(lower=0))
    d["ticket_flag"] = (d["support_tickets"] > 0).astype(int)
    return pd.get_dummies(d, columns=CATS, dtype=int)


df = pd.read_csv("train.csv", parse_dates=["snapshot_month"]).drop(columns=LEAKY)
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"]).drop(columns=LEAKY, errors="ignore")
print("train rows", len(df), "downgrade rate", round(df[TARGET].mean(), 3))

df = features(df)
test = features(test)
feat_cols = [c for c in df.columns if c not in ["row_id", "account_id", "snapshot_month", TARGET]]

# standardize so the logit coefficients are comparable
scaler = StandardScaler()
df[feat_cols] = scaler.fit_transform(df[feat_cols])

# holdout = last 3 snapshot months, accounts that do not appear earlier
months = np.sort(df["snapshot_month"].unique())
cut = months[-3]
train = df[df["snapshot_month"] < cut]
hold = df[(df["snapshot_month"] >= cut) & ~df["account_id"].isin(train["account_id"])]
print("train", train.shape, "holdout", hold.shape)

X_tr, y_tr = train[feat_cols], train[TARGET]
X_ho, y_ho = hold[feat_cols], hold[TARGET]

baseline = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
p_base = baseline.predict_proba(X_ho)[:, 1]
print(f"baseline  AUC {roc_auc_score(y_ho, p_base):.4f}  AP {average_precision_score(y_ho, p_base):.4f}  "
      f"logloss {log_loss(y_ho, p_base):.4f}")

logit = LogisticRegression(C=0.5, max_iter=5000)
logit.fit(X_tr, y_tr)
p = logit.predict_proba(X_ho)[:, 1]
print(f"logit     AUC {roc_auc_score(y_ho, p):.4f}  AP {average_precision_score(y_ho, p):.4f}  "
      f"logloss {log_loss(y_ho, p):.4f}")

coefs = pd.Series(logit.coef_[0], index=feat_cols).sort_values()
print("most negative:\n", coefs.head(8))
print("most positive:\n", coefs.tail(8))

# refit on everything and write the submission
logit.fit(df[feat_cols], df[TARGET])
X_test = test.reindex(columns=feat_cols, fill_value=0)
X_test = pd.DataFrame(scaler.transform(X_test), columns=feat_cols)
pd.DataFrame({"row_id": test["row_id"].values,
              "prediction": logit.predict_proba(X_test)[:, 1]}).to_csv("predictions.csv", index=False)
print("done")
