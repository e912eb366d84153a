"""churn-snapshots submission.

Steps: clean (impute + winsorise) -> features -> time/customer holdout ->
gradient boosting vs. a stratified dummy -> predictions.csv
"""
import json

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

TASK = json.load(open("task.json"))
TARGET = TASK["target"]
ID = TASK["id_column"]
NUMERIC = ["tenure_months", "monthly_charges", "logins_30d", "days_since_last_login",
           "support_tickets_30d", "payment_failures_90d"]

df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])

print("missing values per column:")
print(df[NUMERIC].isna().sum())
print(df[NUMERIC].describe(percentiles=[0.01, 0.5, 0.99]).T)

# --- cleaning ---------------------------------------------------------------
medians = df[NUMERIC].median()
upper = df[NUMERIC].quantile(0.99)
lower = df[NUMERIC].quantile(0.01)


def clean(frame):
    frame = frame.copy()
    frame[NUMERIC] = frame[NUMERIC].fillna(medians)
    frame[NUMERIC] = frame[NUMERIC].clip(lower=lower, upper=upper, axis=1)
    return frame


df = clean(df)
test = clean(test)

# --- features ---------------------------------------------------------------
for frame in (df, test):
    frame["value_at_risk"] = frame["monthly_charges"] * (frame["days_since_last_login"] > 14)
    frame["ticket_intensity"] = frame["support_tickets_30d"] / (frame["logins_30d"] + 1)
    frame["is_premium"] = (frame["plan"] == "premium").astype(int)
df = pd.get_dummies(df, columns=["region", "plan"], dtype=int)
test = pd.get_dummies(test, columns=["region", "plan"], dtype=int).reindex(columns=df.columns, fill_value=0)
features = [c for c in df.columns
            if c not in [TARGET, ID, "customer_id", "snapshot_month"] + TASK["leaky_columns"]]

# --- holdout: Jul-Sep, customers new to that window -------------------------
cut = pd.Timestamp("2024-07-01")
train_rows = df[df["snapshot_month"] < cut]
valid_rows = df[df["snapshot_month"] >= cut]
valid_rows = valid_rows[~valid_rows["customer_id"].isin(train_rows["customer_id"])]
print(train_rows.shape, valid_rows.shape)

gbm = GradientBoostingClassifier(n_estimators=200, max_depth=3, learning_rate=0.08, random_state=0)
gbm.fit(train_rows[features], train_rows[TARGET])
dummy = DummyClassifier(strategy="stratified", random_state=0).fit(train_rows[features], train_rows[TARGET])

out = {}
for name, model in {"dummy": dummy, "gbm": gbm}.items():
    proba = model.predict_proba(valid_rows[features])[:, 1]
    out[name] = {"roc_auc": round(roc_auc_score(valid_rows[TARGET], proba), 4),
                 "average_precision": round(average_precision_score(valid_rows[TARGET], proba), 4)}
print(json.dumps(out, indent=2))

gbm.fit(df[features], df[TARGET])
pd.DataFrame({ID: test[ID], "prediction": gbm.predict_proba(test[features])[:, 1]}).to_csv(
    "predictions.csv", index=False)
json.dump(out["gbm"], open("metrics.json", "w"))
