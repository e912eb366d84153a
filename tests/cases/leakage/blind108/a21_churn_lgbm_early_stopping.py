"""
Churn next month - LightGBM with early stopping.

Split: Jan-Jun 2024 snapshots for fitting; Jul-Sep 2024 snapshots of customers not present
in Jan-Jun as the validation set.
"""
import json

import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.metrics import average_precision_score, roc_auc_score

cfg = json.load(open("task.json"))
TARGET = cfg["target"]
ID = cfg["id_column"]
TIME = cfg["time_column"]
GROUP = cfg["group_column"]
EXCLUDE = {TARGET, ID, TIME, GROUP, *cfg["leaky_columns"]}

train = pd.read_csv("train.csv", parse_dates=[TIME])
test = pd.read_csv("test.csv", parse_dates=[TIME])
CATS = ["plan", "region", "payment_method", "contract_type"]
train = pd.get_dummies(train, columns=CATS, dtype=float)
test = pd.get_dummies(test, columns=CATS, dtype=float)

features = [c for c in train.columns if c not in EXCLUDE]
test = test.reindex(columns=[ID] + features, fill_value=0.0)

cut = pd.Timestamp("2024-07-01")
trn = train[train[TIME] < cut]
val = train[(train[TIME] >= cut) & ~train[GROUP].isin(trn[GROUP])]
print(f"train {trn.shape}  valid {val.shape}  valid churn {val[TARGET].mean():.4f}")

params = {
    "objective": "binary",
    "metric": "auc",
    "learning_rate": 0.02,
    "num_leaves": 31,
    "min_data_in_leaf": 80,
    "feature_fraction": 0.8,
    "bagging_fraction": 0.8,
    "bagging_freq": 1,
    "lambda_l2": 2.0,
    "seed": 17,
    "verbosity": -1,
}
dtrain = lgb.Dataset(trn[features], trn[TARGET])
dvalid = lgb.Dataset(val[features], val[TARGET], reference=dtrain)
booster = lgb.train(
    params,
    dtrain,
    num_boost_round=5000,
    valid_sets=[dtrain, dvalid],
    valid_names=["train", "valid"],
    callbacks=[lgb.early_stopping(200), lgb.log_evaluation(100)],
)
best_iter = booster.best_iteration
p_val = booster.predict(val[features], num_iteration=best_iter)

prior_rate = trn[TARGET].mean()
p_prior = np.full(len(val), prior_rate)

auc = roc_auc_score(val[TARGET], p_val)
ap = average_precision_score(val[TARGET], p_val)
print(f"best iteration {best_iter}")
print(f"valid ROC AUC {auc:.4f}  AP {ap:.4f}")
print(f"prior-rate baseline ROC AUC {roc_auc_score(val[TARGET], p_prior):.4f}  "
      f"AP {average_precision_score(val[TARGET], p_prior):.4f}")

# refit on everything with the chosen number of rounds
full = lgb.train(params, lgb.Dataset(train[features], train[TARGET]), num_boost_round=best_iter)
pd.DataFrame({ID: test[ID], "prediction": full.predict(test[features])}).to_csv(
    "predictions.csv", index=False)
with open("metrics.json", "w") as f:
    json.dump({"roc_auc": round(auc, 4), "average_precision": round(ap, 4)}, f)
