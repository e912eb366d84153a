"""Pet insurance -- LightGBM Tweedie model of the annual incurred loss per pet.

Features: pet and plan characteristics plus a few behavioural ones built from the pet's
policy history (renewal behaviour, plan upgrades).
Validation: train on earlier policy years, test on the most recent one.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import mean_tweedie_deviance

POWER = 1.5

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(df.shape, test.shape)
print(df.groupby("policy_year").agg(pets=("pet_id", "nunique"), loss=("loss_cost", "sum"),
                                    expo=("exposure", "sum")))

df = df.sort_values(["pet_id", "policy_year"]).reset_index(drop=True)
g = df.groupby("pet_id")
tier_rank = df.plan_tier.map({"basic": 0, "standard": 1, "premium": 2, "lifetime": 3})
df["renewed_next_year"] = g.policy_year.shift(-1).notna().astype(int)
df["upgraded_plan"] = (tier_rank > tier_rank.groupby(df.pet_id).shift(1)).astype(int)
df["policy_number_for_pet"] = g.cumcount() + 1

# test rows are next year's renewals / new pets; no future year known for them
test = test.sort_values(["pet_id", "policy_year"])
test["renewed_next_year"] = 1
hist = df.groupby("pet_id").agg(last_tier=("plan_tier", "last"), n_prev=("policy_year", "size"))
test = test.join(hist, on="pet_id")
test_rank = test.plan_tier.map({"basic": 0, "standard": 1, "premium": 2, "lifetime": 3})
last_rank = test.last_tier.map({"basic": 0, "standard": 1, "premium": 2, "lifetime": 3})
test["upgraded_plan"] = (test_rank > last_rank).astype(int)
test["policy_number_for_pet"] = test.n_prev.fillna(0) + 1

CATS = ["species", "breed", "plan_tier", "postcode_area"]
for d in (df, test):
    for c in CATS:
        d[c] = d[c].astype("category")
FEATS = ["pet_age", "excess", "annual_limit", "vet_price_index", "neutered", "microchipped",
         "renewed_next_year", "upgraded_plan", "policy_number_for_pet"] + CATS

last = df.policy_year.max()
tr, te = df[df.policy_year < last], df[df.policy_year == last]

params = dict(objective="tweedie", tweedie_variance_power=POWER, learning_rate=0.03,
              num_leaves=31, min_data_in_leaf=200, feature_fraction=0.85, lambda_l2=3.0,
              verbose=-1, seed=0)
dtr = lgb.Dataset(tr[FEATS], tr.loss_cost / tr.exposure, weight=tr.exposure)
booster = lgb.train(params, dtr, num_boost_round=700)

pp_pred = booster.predict(te[FEATS])
pp_true = te.loss_cost / te.exposure
print("test Tweedie deviance: %.3f" % mean_tweedie_deviance(pp_true, pp_pred, sample_weight=te.exposure,
                                                           power=POWER))
order = np.argsort(pp_pred)
x = np.r_[0, np.cumsum(te.exposure.values[order]) / te.exposure.sum()]
y = np.r_[0, np.cumsum(te.loss_cost.values[order]) / te.loss_cost.sum()]
print("test Gini: %.3f" % (1 - 2 * np.trapz(y, x)))

imp = pd.Series(booster.feature_importance("gain"), index=FEATS)
print((imp / imp.sum()).sort_values(ascending=False).round(3))

booster = lgb.train(params, lgb.Dataset(df[FEATS], df.loss_cost / df.exposure, weight=df.exposure),
                    num_boost_round=700)
test["prediction"] = booster.predict(test[FEATS]) * test.exposure
test[["row_id", "prediction"]].to_csv("predictions.csv", index=False)
