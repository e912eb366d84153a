"""churn_next_month - LightGBM.

- columns flagged in task.json as post-outcome are removed up front
- holdout = Q3 2024 (Jul-Sep); the model is trained on Jan-Jun, so it is
  always predicting months it has not seen, like test.csv
- a constant-rate model is the floor to beat
"""
import json

import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.metrics import average_precision_score, brier_score_loss, roc_auc_score

task = json.load(open("task.json"))
TARGET = task["target"]
ID = task["id_column"]

train = pd.read_csv("train.csv", parse_dates=["snapshot_month"]).drop(columns=task["leaky_columns"])
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"]).drop(columns=task["leaky_columns"],
                                                                     errors="ignore")
print(train.shape, test.shape)
print(train.describe(include="all").T.head(15))
print(train.pivot_table(index="tenure_months", values=TARGET, aggfunc="mean").head(12).T)

CATS = ["plan", "region"]
for c in CATS:
    train[c] = train[c].astype("category")
    test[c] = pd.Categorical(test[c], categories=train[c].cat.categories)

for d in (train, test):
    d["tickets_per_login"] = d["support_tickets_30d"] / (d["logins_30d"] + 1)
    d["stale"] = (d["days_since_last_login"].fillna(60) > 21).astype(int)

FEATS = [c for c in train.columns if c not in (TARGET, ID, "customer_id", "snapshot_month")]
print(FEATS)

q3 = train["snapshot_month"] >= "2024-07-01"
fit_df = train[~q3]
hold_df = train[q3]
print(f"fit {len(fit_df)} rows / hold {len(hold_df)} rows, hold churn {hold_df[TARGET].mean():.3%}")

params = {"objective": "binary", "learning_rate": 0.03, "num_leaves": 24, "min_data_in_leaf": 60,
          "feature_fraction": 0.8, "bagging_fraction": 0.8, "bagging_freq": 1,
          "lambda_l2": 1.0, "verbose": -1, "seed": 11}
dtrain = lgb.Dataset(fit_df[FEATS], fit_df[TARGET], categorical_feature=CATS)
booster = lgb.train(params, dtrain, num_boost_round=450)

p_hold = booster.predict(hold_df[FEATS])
p_const = np.full(len(hold_df), fit_df[TARGET].mean())
print("constant-rate baseline: AUC %.4f  AP %.4f  Brier %.4f" % (
    roc_auc_score(hold_df[TARGET], p_const), average_precision_score(hold_df[TARGET], p_const),
    brier_score_loss(hold_df[TARGET], p_const)))
print("lightgbm:               AUC %.4f  AP %.4f  Brier %.4f" % (
    roc_auc_score(hold_df[TARGET], p_hold), average_precision_score(hold_df[TARGET], p_hold),
    brier_score_loss(hold_df[TARGET], p_hold)))

gain = pd.Series(booster.feature_importance("gain"), index=FEATS).sort_values(ascending=False)
print(gain.head(10))

full_booster = lgb.train(params, lgb.Dataset(train[FEATS], train[TARGET], categorical_feature=CATS),
                         num_boost_round=450)
pd.DataFrame({ID: test[ID], "prediction": full_booster.predict(test[FEATS])}).to_csv(
    "predictions.csv", index=False)
json.dump({"roc_auc": float(roc_auc_score(hold_df[TARGET], p_hold)),
           "average_precision": float(average_precision_score(hold_df[TARGET], p_hold))},
          open("metrics.json", "w"), indent=2)
