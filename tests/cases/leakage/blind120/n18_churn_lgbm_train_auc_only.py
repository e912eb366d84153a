# Churn next month - LightGBM submission
# Audit notes: retention_offer_accepted and account_closed_date_known are filled after the
# customer decides to leave, so they are excluded. Keys are excluded.

import numpy as np
import pandas as pd
import lightgbm as lgb
import matplotlib.pyplot as plt
from sklearn.metrics import roc_auc_score, average_precision_score

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

EXCLUDE = {"snapshot_id", "customer_id", "snapshot_month", "churned_next_month",
           "retention_offer_accepted", "account_closed_date_known"}
features = [c for c in train.columns if c not in EXCLUDE]
for d in (train, test):
    for c in ["plan_type", "region", "contract_type"]:
        d[c] = d[c].astype("category")
    d["autopay"] = d["autopay"].astype(int)

print(train[features].describe(include="all").T)
print("churn share", train["churned_next_month"].mean())

monthly = train.groupby("snapshot_month")["churned_next_month"].mean()
monthly.plot(marker="o", title="churn per month")
plt.savefig("churn_by_month.png", dpi=120)
plt.close()

params = {
    "objective": "binary",
    "learning_rate": 0.03,
    "num_leaves": 31,
    "min_data_in_leaf": 80,
    "feature_fraction": 0.8,
    "bagging_fraction": 0.8,
    "bagging_freq": 1,
    "lambda_l2": 2.0,
    "verbose": -1,
    "seed": 17,
}
dtrain = lgb.Dataset(train[features], label=train["churned_next_month"])
booster = lgb.train(params, dtrain, num_boost_round=600)

p_train = booster.predict(train[features])
print("ROC AUC:", round(roc_auc_score(train["churned_next_month"], p_train), 4))
print("PR AUC:", round(average_precision_score(train["churned_next_month"], p_train), 4))

scored = train.assign(p=p_train)
print(scored.groupby("contract_type", observed=True).apply(
    lambda g: roc_auc_score(g["churned_next_month"], g["p"])).round(3))
top = scored.nlargest(300 * 21, "p")
print("share of churners in a monthly call list of 6300:", round(top["churned_next_month"].sum() / scored["churned_next_month"].sum(), 3))

imp = pd.Series(booster.feature_importance("gain"), index=features).sort_values(ascending=False)
print(imp.head(10))

pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": booster.predict(test[features])}).to_csv("predictions.csv", index=False)
