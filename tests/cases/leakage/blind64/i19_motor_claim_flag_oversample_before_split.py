# Motor: probability that a policy-year has at least one claim.
# LightGBM binary model; the claim rows are oversampled because only ~9% of policy-years claim.
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import roc_auc_score, log_loss

SEED = 17
df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(df.shape)
print(df.groupby("policy_year").has_claim.agg(["size", "mean"]).round(3))

CATS = ["territory", "fuel_type", "vehicle_group"]
NUMS = ["driver_age", "vehicle_age", "vehicle_value", "annual_mileage", "ncd_years",
        "bonus_malus", "urban_flag", "exposure"]


def prepare(d):
    d = d.copy()
    d["young_driver"] = (d.driver_age < 25).astype(int)
    d["value_per_group"] = d.vehicle_value / (d.vehicle_group + 1)
    for c in CATS:
        d[c] = d[c].astype("category")
    return d


df = prepare(df)
test = prepare(test)
FEATURES = NUMS + CATS + ["young_driver", "value_per_group"]

# --- rebalance: repeat every claim row 3 extra times -----------------------------------
pos = df[df.has_claim == 1]
df_bal = pd.concat([df] + [pos] * 3, ignore_index=True)
print("claim share after oversampling:", round(df_bal.has_claim.mean(), 3))

# --- out-of-time split: latest policy year is the test year ----------------------------
last = df_bal.policy_year.max()
train = df_bal[df_bal.policy_year < last]
hold = df_bal[df_bal.policy_year == last]
print("train", len(train), "test", len(hold))

params = dict(objective="binary", learning_rate=0.03, num_leaves=31, min_child_samples=100,
              feature_fraction=0.8, bagging_fraction=0.8, bagging_freq=1, lambda_l2=1.0,
              verbose=-1, seed=SEED)
booster = lgb.train(params, lgb.Dataset(train[FEATURES], train.has_claim), num_boost_round=600)

p = booster.predict(hold[FEATURES])
print("test ROC AUC  %.4f" % roc_auc_score(hold.has_claim, p))
print("test log loss %.4f" % log_loss(hold.has_claim, p))

imp = pd.Series(booster.feature_importance("gain"), index=FEATURES).sort_values(ascending=False)
print(imp.round(0))

# refit on every year (balanced) and score next year's policies
booster = lgb.train(params, lgb.Dataset(df_bal[FEATURES], df_bal.has_claim), num_boost_round=600)
raw = booster.predict(test[FEATURES])
# undo the oversampling shift in the odds so the output is a probability on the original scale
odds = raw / (1 - raw) / 4
test["prediction"] = odds / (1 + odds)
test[["policy_id", "prediction"]].to_csv("predictions.csv", index=False)
