import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import roc_auc_score, average_precision_score

TARGET = "churned_next_month"
DROP = ["snapshot_id", "customer_id", "snapshot_month", TARGET,
        "retention_offer_accepted", "account_closed_date_known"]

train = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])


def customer_profile(frame):
    """Typical behaviour of each customer: averages and spread of usage across their snapshots."""
    frame = frame.copy()
    g = frame.groupby("customer_id")
    frame["cust_avg_logins"] = g["logins_30d"].transform("mean")
    frame["cust_avg_tickets"] = g["support_tickets_90d"].transform("mean")
    frame["cust_max_failures"] = g["payment_failures"].transform("max")
    frame["logins_vs_avg"] = frame["logins_30d"] - frame["cust_avg_logins"]
    frame["n_snapshots"] = g["snapshot_id"].transform("count")
    return frame


train = customer_profile(train)
test = customer_profile(test)
for c in ["plan", "region", "contract_type"]:
    train[c] = train[c].astype("category")
    test[c] = pd.Categorical(test[c], categories=train[c].cat.categories)

# time cut, and only customers the model has never seen are evaluated
cut = train["snapshot_month"].quantile(0.8)
tr = train[train.snapshot_month < cut]
va = train[(train.snapshot_month >= cut) & ~train.customer_id.isin(tr.customer_id)]
print(len(tr), len(va), va[TARGET].mean())

features = [c for c in train.columns if c not in DROP]
print(features)

params = dict(objective="binary", learning_rate=0.03, num_leaves=31, min_child_samples=50,
              subsample=0.8, subsample_freq=1, colsample_bytree=0.8, verbose=-1)
booster = lgb.train(params, lgb.Dataset(tr[features], tr[TARGET]), num_boost_round=400)
p = booster.predict(va[features])
print("valid ROC AUC", roc_auc_score(va[TARGET], p))
print("valid PR AUC ", average_precision_score(va[TARGET], p))

imp = pd.Series(booster.feature_importance("gain"), index=features).sort_values(ascending=False)
print(imp.head(10))

booster = lgb.train(params, lgb.Dataset(train[features], train[TARGET]), num_boost_round=400)
pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": booster.predict(test[features])}) \
    .to_csv("predictions.csv", index=False)
