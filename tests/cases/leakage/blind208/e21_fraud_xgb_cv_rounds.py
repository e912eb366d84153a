"""Card fraud: XGBoost, number of rounds chosen with xgb.cv, then refit on everything."""
import json

import numpy as np
import pandas as pd
import xgboost as xgb

TARGET = "is_fraud"
CATEGORICAL = ["merchant_category", "channel", "device_type", "country"]

train = pd.read_csv("train.csv", parse_dates=["transaction_time"])
test = pd.read_csv("test.csv", parse_dates=["transaction_time"])
print(train.shape, test.shape)
print(train[TARGET].value_counts())
print(train.describe(include="all").T.head(20))


def make_features(d):
    d = d.sort_values(["card_id", "transaction_time"]).copy()
    g = d.groupby("card_id")
    d["hour"] = d["transaction_time"].dt.hour
    d["weekend"] = (d["transaction_time"].dt.dayofweek >= 5).astype(int)
    d["log_amount"] = np.log1p(d["amount"])
    d["mins_since_prev"] = g["transaction_time"].diff().dt.total_seconds() / 60
    d["n_txn_before"] = g.cumcount()
    d["prev_amount"] = g["amount"].shift(1)
    d["amount_jump"] = d["amount"] / (d["prev_amount"] + 1)
    d["new_device"] = (d["device_type"] != g["device_type"].shift(1)).astype(int)
    for c in CATEGORICAL:
        d[c] = d[c].astype("category")
    return d.sort_index()


train = make_features(train)
test = make_features(test)
for c in CATEGORICAL:
    test[c] = pd.Categorical(test[c], categories=train[c].cat.categories)

FEATURES = ["log_amount", "hour", "weekend", "mins_since_prev", "n_txn_before", "prev_amount",
            "amount_jump", "new_device", "card_present", "customer_age",
            "distance_from_home_km"] + CATEGORICAL

dall = xgb.DMatrix(train[FEATURES], label=train[TARGET], enable_categorical=True)

ratio = (train[TARGET] == 0).sum() / train[TARGET].sum()
params = {
    "objective": "binary:logistic",
    "eval_metric": ["auc", "aucpr"],
    "tree_method": "hist",
    "max_depth": 6,
    "eta": 0.05,
    "subsample": 0.8,
    "colsample_bytree": 0.7,
    "min_child_weight": 3,
    "gamma": 0.5,
    "scale_pos_weight": ratio,
    "seed": 42,
}

cv = xgb.cv(
    params,
    dall,
    num_boost_round=3000,
    nfold=5,
    stratified=True,
    early_stopping_rounds=150,
    verbose_eval=100,
    seed=42,
)
best_rounds = len(cv)
last = cv.iloc[-1]
print(cv.tail())
print("best rounds:", best_rounds)
print("CV ROC AUC %.4f +- %.4f" % (last["test-auc-mean"], last["test-auc-std"]))
print("CV PR AUC  %.4f +- %.4f" % (last["test-aucpr-mean"], last["test-aucpr-std"]))

with open("metrics.json", "w") as fh:
    json.dump({"roc_auc": float(last["test-auc-mean"]),
               "average_precision": float(last["test-aucpr-mean"])}, fh)

final = xgb.train(params, dall, num_boost_round=best_rounds)
gain = pd.Series(final.get_score(importance_type="gain")).sort_values(ascending=False)
print(gain.head(20))

dtest = xgb.DMatrix(test[FEATURES], enable_categorical=True)
pd.DataFrame({"transaction_id": test["transaction_id"], "prediction": final.predict(dtest)}).to_csv(
    "predictions.csv", index=False
)
