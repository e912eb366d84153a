"""
Late payment model with an out-of-time holdout.

Invoices issued in the last 20% of the period are held out; the model only
learns from invoices issued before them.
"""
import numpy as np
import pandas as pd
from lightgbm import LGBMClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, f1_score

TARGET = "paid_late"
EXCLUDE = ["invoice_id", "client_id", "issue_date", TARGET, "collections_call_made"]

df = pd.read_csv("train.csv", parse_dates=["issue_date"]).sort_values("issue_date").reset_index(drop=True)
df["log_amount"] = np.log(df["amount"].clip(lower=1))
df["terms_over_30"] = df["terms_days"] > 30
df["issue_q"] = df["issue_date"].dt.quarter
df["industry"] = df["industry"].fillna("unknown")
df = pd.get_dummies(df, columns=["industry"], prefix="ind", dtype=int)
FEATURES = [c for c in df.columns if c not in EXCLUDE]

cutoff = df["issue_date"].quantile(0.8)
train = df[df["issue_date"] < cutoff]
holdout = df[df["issue_date"] >= cutoff]
print(f"train: {len(train)} invoices to {train['issue_date'].max().date()}, "
      f"holdout: {len(holdout)} from {holdout['issue_date'].min().date()}")

model = LGBMClassifier(n_estimators=500, learning_rate=0.03, num_leaves=31, min_child_samples=30,
                       colsample_bytree=0.8, reg_lambda=1.0, random_state=5, verbose=-1)
model.fit(train[FEATURES], train[TARGET])
proba = model.predict_proba(holdout[FEATURES])[:, 1]

dummy = DummyClassifier(strategy="prior").fit(train[FEATURES], train[TARGET])
print("baseline AUC:", round(roc_auc_score(holdout[TARGET], dummy.predict_proba(holdout[FEATURES])[:, 1]), 4))
print("model    AUC:", round(roc_auc_score(holdout[TARGET], proba), 4))
print("model    AP :", round(average_precision_score(holdout[TARGET], proba), 4))
print("model    F1@0.4:", round(f1_score(holdout[TARGET], proba >= 0.4), 4))

monthly = holdout.assign(p=proba).groupby(holdout["issue_date"].dt.to_period("M")).agg(
    actual=(TARGET, "mean"), predicted=("p", "mean"))
print(monthly.round(3))

model.fit(df[FEATURES], df[TARGET])
test = pd.read_csv("test.csv", parse_dates=["issue_date"])
test["log_amount"] = np.log(test["amount"].clip(lower=1))
test["terms_over_30"] = test["terms_days"] > 30
test["issue_q"] = test["issue_date"].dt.quarter
test["industry"] = test["industry"].fillna("unknown")
test = pd.get_dummies(test, columns=["industry"], prefix="ind", dtype=int)
test = test.reindex(columns=["invoice_id"] + FEATURES, fill_value=0)
pd.DataFrame({"invoice_id": test["invoice_id"], "prediction": model.predict_proba(test[FEATURES])[:, 1]}).to_csv(
    "predictions.csv", index=False)
