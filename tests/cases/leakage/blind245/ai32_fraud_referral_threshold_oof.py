"""
SIU referral rule - which claims to send for investigation.

Score = LightGBM fraud probability. The SIU team can take roughly 1 in 12 claims,
so the output is a probability threshold plus the F1 / recall at that threshold.
Backtest: train on claims before July 2023; test on claims from July 2023 onwards made by
policyholders with no earlier claim (new claimants), so nobody is on both sides.
The threshold comes from out-of-fold scores on the training period.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import f1_score, precision_score, recall_score, roc_auc_score
from sklearn.model_selection import GroupKFold

claims = pd.read_csv("train.csv", parse_dates=["claim_date"])
claims = claims.drop(columns=["siu_outcome", "amount_paid"])

claims["claim_to_value"] = claims["claim_amount"] / claims["vehicle_value"].clip(lower=500)
claims["late_report"] = (claims["days_to_report"] > 14).astype(int)
claims["weekend"] = (claims["claim_date"].dt.dayofweek >= 5).astype(int)
for c in ["incident_type", "region", "repair_shop", "police_report", "witness_present", "third_party_involved"]:
    claims[c] = claims[c].astype("category")

FEATS = ["claim_amount", "claim_to_value", "days_to_report", "late_report", "weekend",
         "hour_of_incident", "policy_tenure_months", "n_prior_claims", "driver_age", "vehicle_age",
         "premium_annual", "incident_type", "region", "repair_shop", "police_report",
         "witness_present", "third_party_involved"]

split_date = pd.Timestamp("2023-07-01")
train = claims[claims["claim_date"] < split_date]
seen = set(train["policyholder_id"])
test = claims[(claims["claim_date"] >= split_date) & ~claims["policyholder_id"].isin(seen)]
print(f"train {len(train)}  test {len(test)}  test fraud rate {test.is_fraud.mean():.3f}")

params = dict(n_estimators=600, learning_rate=0.03, num_leaves=31, min_child_samples=40,
              subsample=0.8, subsample_freq=1, colsample_bytree=0.8, verbose=-1, random_state=7)

# out-of-fold scores on the training period, grouped by policyholder, to set the threshold
oof = np.zeros(len(train))
for tr, va in GroupKFold(n_splits=5).split(train, groups=train["policyholder_id"]):
    m = lgb.LGBMClassifier(**params).fit(train[FEATS].iloc[tr], train["is_fraud"].iloc[tr])
    oof[va] = m.predict_proba(train[FEATS].iloc[va])[:, 1]

grid = np.round(np.arange(0.05, 0.80, 0.01), 2)
f1s = [f1_score(train["is_fraud"], (oof >= t).astype(int)) for t in grid]
best_t = grid[int(np.argmax(f1s))]
print("threshold chosen on OOF:", best_t)

model = lgb.LGBMClassifier(**params).fit(train[FEATS], train["is_fraud"])
p_test = model.predict_proba(test[FEATS])[:, 1]
print("test AUC", round(roc_auc_score(test["is_fraud"], p_test), 4))

flag = (p_test >= best_t).astype(int)
print(f"threshold {best_t}: referral rate {flag.mean():.3f}  "
      f"precision {precision_score(test['is_fraud'], flag):.3f}  "
      f"recall {recall_score(test['is_fraud'], flag):.3f}  F1 {f1_score(test['is_fraud'], flag):.3f}")

# baseline: refer at random at the same rate
rng = np.random.default_rng(0)
rand_flag = (rng.random(len(test)) < flag.mean()).astype(int)
print(f"random-referral baseline F1 {f1_score(test['is_fraud'], rand_flag):.3f}")
