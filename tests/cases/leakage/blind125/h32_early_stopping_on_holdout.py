import json
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt

df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
print("train", df.shape, "test", test.shape)
print(df.dtypes)

print(df["churned_next_month"].value_counts(normalize=True))
print(df.groupby("snapshot_month")["churned_next_month"].mean().round(3))
print(df.isna().sum().sort_values(ascending=False).head(8))

def add_history(frame):
    frame = frame.sort_values(["customer_id", "snapshot_month"]).copy()
    g = frame.groupby("customer_id")
    frame["logins_lag1"] = g["logins_30d"].shift(1)
    frame["logins_delta"] = frame["logins_30d"] - frame["logins_lag1"]
    frame["charges_lag1"] = g["monthly_charges"].shift(1)
    frame["charges_change"] = frame["monthly_charges"] - frame["charges_lag1"]
    frame["tickets_roll3"] = g["support_tickets_30d"].transform(lambda s: s.rolling(3, min_periods=1).mean())
    frame["months_in_data"] = g.cumcount()
    return frame

df = add_history(df)
test = add_history(test)

import lightgbm as lgb
from sklearn.metrics import roc_auc_score, average_precision_score

CATS = ["plan", "region", "contract_type", "payment_method"]
DROP = ["snapshot_id", "customer_id", "snapshot_month", "churned_next_month", "retention_offer_accepted", "account_closed_date_known"]
for c in CATS:
    df[c] = df[c].astype("category")
features = [c for c in df.columns if c not in DROP]

cut = pd.Timestamp("2024-07-01")
seen = df.loc[df["snapshot_month"] < cut, "customer_id"].unique()
train_df = df[df["snapshot_month"] < cut]
hold_df = df[(df["snapshot_month"] >= cut) & ~df["customer_id"].isin(seen)]

clf = lgb.LGBMClassifier(n_estimators=3000, learning_rate=0.02, num_leaves=31, verbose=-1)
clf.fit(train_df[features], train_df["churned_next_month"],
        eval_set=[(hold_df[features], hold_df["churned_next_month"])],
        eval_metric="average_precision",
        callbacks=[lgb.early_stopping(100), lgb.log_evaluation(200)])
print("best iteration", clf.best_iteration_)

p = clf.predict_proba(hold_df[features])[:, 1]
base_rate = train_df["churned_next_month"].mean()
print("holdout ROC AUC", round(roc_auc_score(hold_df["churned_next_month"], p), 4))
print("holdout PR AUC ", round(average_precision_score(hold_df["churned_next_month"], p), 4), "vs base rate", round(base_rate, 4))

for c in CATS:
    test[c] = pd.Categorical(test[c], categories=df[c].cat.categories)
pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": clf.predict_proba(test[features])[:, 1]}).to_csv("predictions.csv", index=False)
