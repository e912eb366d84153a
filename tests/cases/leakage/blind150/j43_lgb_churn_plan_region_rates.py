# churn-snapshots | LightGBM with risk-rate encodings for plan x region
import json
import warnings

import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import average_precision_score, roc_auc_score

warnings.filterwarnings("ignore", category=UserWarning)

task = json.load(open("task.json"))
TARGET = task["target"]
TIME = task["time_column"]
CUST = task["group_column"]
SID = task["id_column"]
LEAKY = task["leaky_columns"]

train = pd.read_csv("train.csv", parse_dates=[TIME])
test = pd.read_csv("test.csv", parse_dates=[TIME])
for d in (train, test):
    d["plan_region"] = d["plan"].astype(str) + "|" + d["region"].astype(str)

# --- encodings: churn rate per plan, region and plan x region (shrunk to the global rate) -------------
GLOBAL = train[TARGET].mean()
K = 100


def rate_table(frame, col):
    s = frame.groupby(col)[TARGET].agg(["sum", "count"])
    return ((s["sum"] + K * GLOBAL) / (s["count"] + K)).rename(f"{col}_churn_rate")


tables = {c: rate_table(train, c) for c in ("plan", "region", "plan_region")}
for c, tab in tables.items():
    train[tab.name] = train[c].map(tab)
    test[tab.name] = test[c].map(tab).fillna(GLOBAL)

NUM = ["tenure_months", "monthly_charges", "has_discount", "logins_30d", "days_since_last_login",
       "support_tickets_30d", "payment_failures_90d"]
FEATS = NUM + [t.name for t in tables.values()]
assert not set(FEATS) & set(LEAKY)

# --- out-of-time, out-of-customer evaluation ------------------------------------------------------------
cut_valid = pd.Timestamp("2024-06-01")
cut_test = pd.Timestamp("2024-08-01")
fit = train[train[TIME] < cut_valid]
valid = train[(train[TIME] >= cut_valid) & (train[TIME] < cut_test) & ~train[CUST].isin(fit[CUST])]
seen_before_test = set(train.loc[train[TIME] < cut_test, CUST])
holdout = train[(train[TIME] >= cut_test) & ~train[CUST].isin(seen_before_test)]
print(f"fit={len(fit)} valid={len(valid)} holdout={len(holdout)}")

params = dict(objective="binary", metric="auc", learning_rate=0.03, num_leaves=20, min_data_in_leaf=80,
              feature_fraction=0.9, bagging_fraction=0.8, bagging_freq=1, lambda_l2=1.0, verbose=-1)
d_fit = lgb.Dataset(fit[FEATS], fit[TARGET])
d_val = lgb.Dataset(valid[FEATS], valid[TARGET], reference=d_fit)
booster = lgb.train(params, d_fit, num_boost_round=2000, valid_sets=[d_val], valid_names=["valid"],
                    callbacks=[lgb.early_stopping(100), lgb.log_evaluation(100)])

p = booster.predict(holdout[FEATS], num_iteration=booster.best_iteration)
prior_only = np.full(len(holdout), fit[TARGET].mean())
print("holdout AUC   baseline(prior) %.4f   lgb %.4f" % (roc_auc_score(holdout[TARGET], prior_only),
                                                       roc_auc_score(holdout[TARGET], p)))
print("holdout AP    baseline(prior) %.4f   lgb %.4f" % (average_precision_score(holdout[TARGET], prior_only),
                                                       average_precision_score(holdout[TARGET], p)))

imp = pd.Series(booster.feature_importance("gain"), index=FEATS).sort_values(ascending=False)
print(imp.round(1))

pd.DataFrame({SID: test[SID], "prediction": booster.predict(test[FEATS], num_iteration=booster.best_iteration)}) \
    .to_csv("predictions.csv", index=False)
