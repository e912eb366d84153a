"""Monthly refresh job - credit-line default model.

Runs each month: train on the 18 snapshots before the latest labelled month,
score that month, compare with the "nobody defaults" rule and write a one-line
status to the monitoring log.
"""
import json
import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score

HISTORY = 18
MIN_LIFT = 0.0

df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
df["bureau_score"] = df["bureau_score"].fillna(600)
df["log_limit"] = np.log1p(df["credit_limit"])
df["bal_ratio"] = df["balance"] / (df["credit_limit"] + 1)
FEATS = ["log_limit", "bal_ratio", "utilization", "payment_ratio", "months_on_book",
         "bureau_score", "n_delinq_12m", "income_band"]

months = sorted(df["snapshot_month"].unique())
eval_month = months[-1]
train_months = months[-HISTORY - 1:-1]

train = df[df["snapshot_month"].isin(train_months)]
current = df[df["snapshot_month"] == eval_month]

model = RandomForestClassifier(n_estimators=400, min_samples_leaf=25, n_jobs=-1, random_state=3)
model.fit(train[FEATS], train["default_90d"])
majority = DummyClassifier(strategy="most_frequent").fit(train[FEATS], train["default_90d"])

acc_model = accuracy_score(current["default_90d"], model.predict(current[FEATS]))
acc_major = accuracy_score(current["default_90d"], majority.predict(current[FEATS]))

status = {
    "eval_month": str(pd.Timestamp(eval_month).date()),
    "train_from": str(pd.Timestamp(train_months[0]).date()),
    "n_eval": int(len(current)),
    "accuracy": round(acc_model, 4),
    "accuracy_majority": round(acc_major, 4),
    "alert": bool(acc_model - acc_major <= MIN_LIFT),
}
print(json.dumps(status))
with open("monitoring_log.jsonl", "a") as fh:
    fh.write(json.dumps(status) + "\n")

test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
test["bureau_score"] = test["bureau_score"].fillna(600)
test["log_limit"] = np.log1p(test["credit_limit"])
test["bal_ratio"] = test["balance"] / (test["credit_limit"] + 1)
pd.DataFrame({"snapshot_id": test["snapshot_id"],
              "prediction": model.predict_proba(test[FEATS])[:, 1]}).to_csv("predictions.csv", index=False)
