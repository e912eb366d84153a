# Churn take-home submission
# Gradient boosting on the monthly snapshot table.

import pandas as pd
import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score

DATA = "train.csv"
TEST = "test.csv"

ACCOUNT = ["tenure_months", "monthly_spend", "late_payments"]
ENGAGEMENT = ["data_usage_gb", "support_tickets", "retention_offer_accepted"]
CATEG = ["plan_type", "contract_type", "region"]

df = pd.read_csv(DATA, parse_dates=["snapshot_month"])
test = pd.read_csv(TEST, parse_dates=["snapshot_month"])
print(df.shape)
print(df.dtypes)
print(df["churned_next_month"].value_counts())
print(df.groupby("plan_type")["churned_next_month"].mean())


def build(frame):
    frame = frame.sort_values(["customer_id", "snapshot_month"]).copy()
    prev = frame.groupby("customer_id")[["monthly_spend", "data_usage_gb"]].shift(1)
    frame["spend_drop"] = (prev["monthly_spend"] - frame["monthly_spend"]).clip(lower=0)
    frame["usage_drop"] = (prev["data_usage_gb"] - frame["data_usage_gb"]).clip(lower=0)
    frame["high_tickets"] = (frame["support_tickets"] >= 3).astype(int)
    return pd.get_dummies(frame, columns=CATEG, dtype=int)


df = build(df)
DUMMIES = [c for c in df.columns if c.startswith(tuple(p + "_" for p in CATEG))]
FEATURES = ACCOUNT + ENGAGEMENT + DUMMIES + ["spend_drop", "usage_drop", "high_tickets"]

# hold out the latest quarter, new customers only
last_q = df["snapshot_month"] >= df["snapshot_month"].max() - pd.offsets.MonthBegin(2)
train = df[~last_q]
val = df[last_q & ~df["customer_id"].isin(train["customer_id"])]
print("train", train.shape, "val", val.shape)

X_train, y_train = train[FEATURES], train["churned_next_month"]
X_val, y_val = val[FEATURES], val["churned_next_month"]

majority = DummyClassifier(strategy="most_frequent").fit(X_train, y_train)
print("majority class accuracy:", round(accuracy_score(y_val, majority.predict(X_val)), 4))

clf = HistGradientBoostingClassifier(max_depth=5, learning_rate=0.05, max_iter=300,
                                     l2_regularization=1.0, random_state=0)
clf.fit(X_train, y_train)
print("gradient boosting accuracy:", round(accuracy_score(y_val, clf.predict(X_val)), 4))

# same config on all labelled rows for the submission
model = HistGradientBoostingClassifier(max_depth=5, learning_rate=0.05, max_iter=300,
                                       l2_regularization=1.0, random_state=0)
model.fit(df[FEATURES], df["churned_next_month"])

full = build(pd.concat([pd.read_csv(DATA, parse_dates=["snapshot_month"]), test], ignore_index=True))
to_score = full[full["snapshot_id"].isin(test["snapshot_id"])].reindex(columns=full.columns.union(FEATURES), fill_value=0)
pd.DataFrame({
    "snapshot_id": to_score["snapshot_id"],
    "prediction": model.predict_proba(to_score[FEATURES])[:, 1],
}).to_csv("predictions.csv", index=False)
