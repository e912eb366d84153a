"""Seller churn - LightGBM, train / validation / test split by month.

* train      : snapshots before 2023-05
* validation : 2023-05 .. 2023-06, sellers not in train      -> early stopping
* test       : 2023-07 onwards, sellers in neither of the above -> scored once
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

VAL_START = pd.Timestamp("2023-05-01")
TEST_START = pd.Timestamp("2023-07-01")

df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
df = df.sort_values(["seller_id", "snapshot_month"]).reset_index(drop=True)

g = df.groupby("seller_id")
for c in ["n_orders", "gmv", "n_returns", "n_disputes", "response_time_h"]:
    df[f"{c}_prev"] = g[c].shift(1)
    df[f"{c}_avg3"] = g[c].transform(lambda s: s.shift(1).rolling(3, min_periods=1).mean())
df["tenure_bucket"] = pd.cut(df["tenure_months"], [-1, 3, 12, 36, 1000], labels=False)

CAT = ["category", "region", "fee_tier"]
NUM = ["n_orders", "gmv", "n_active_listings", "avg_rating", "n_returns", "n_disputes",
       "response_time_h", "tenure_months", "promo_spend", "tenure_bucket"]
LAGS = [f"{c}_{s}" for c in ["n_orders", "gmv", "n_returns", "n_disputes", "response_time_h"] for s in ("prev", "avg3")]
FEATURES = NUM + LAGS + CAT

train = df[df.snapshot_month < VAL_START].copy()
val = df[(df.snapshot_month >= VAL_START) & (df.snapshot_month < TEST_START)]
val = val[~val.seller_id.isin(train.seller_id)].copy()
test = df[df.snapshot_month >= TEST_START]
test = test[~test.seller_id.isin(set(train.seller_id) | set(val.seller_id))].copy()
print({k: len(v) for k, v in {"train": train, "val": val, "test": test}.items()})

for c in CAT:
    levels = train[c].astype("category").cat.categories
    for part in (train, val, test):
        part[c] = pd.Categorical(part[c], categories=levels)

pos_rate = train["churned"].mean()
params = {
    "objective": "binary",
    "metric": ["auc", "average_precision"],
    "learning_rate": 0.02,
    "num_leaves": 31,
    "min_data_in_leaf": 60,
    "feature_fraction": 0.75,
    "bagging_fraction": 0.8,
    "bagging_freq": 1,
    "scale_pos_weight": (1 - pos_rate) / pos_rate,
    "verbose": -1,
}
dtrain = lgb.Dataset(train[FEATURES], train["churned"], categorical_feature=CAT)
dval = lgb.Dataset(val[FEATURES], val["churned"], reference=dtrain)
evals = {}
booster = lgb.train(
    params, dtrain, num_boost_round=5000, valid_sets=[dtrain, dval], valid_names=["train", "val"],
    callbacks=[lgb.early_stopping(200), lgb.log_evaluation(200), lgb.record_evaluation(evals)],
)
print("best iteration", booster.best_iteration, "val auc", booster.best_score["val"]["auc"])

p_test = booster.predict(test[FEATURES], num_iteration=booster.best_iteration)
dummy = DummyClassifier(strategy="prior").fit(train[NUM], train["churned"])
p_dummy = dummy.predict_proba(test[NUM])[:, 1]

print("TEST  lgbm     AUC %.4f  AP %.4f" % (roc_auc_score(test.churned, p_test), average_precision_score(test.churned, p_test)))
print("TEST  baseline AUC %.4f  AP %.4f" % (roc_auc_score(test.churned, p_dummy), average_precision_score(test.churned, p_dummy)))
