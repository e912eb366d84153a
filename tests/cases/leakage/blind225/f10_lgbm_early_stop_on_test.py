#!/usr/bin/env python
"""default_next_3m -- LightGBM with early stopping.

Splits (calendar based, loan-disjoint):
    fit   : as_of_month <  2022-01
    test  : >= 2022-01, only loans that first appear after the fit window
"""
import argparse

import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score, average_precision_score, log_loss

parser = argparse.ArgumentParser()
parser.add_argument("--data", default="train.csv")
parser.add_argument("--lr", type=float, default=0.03)
parser.add_argument("--leaves", type=int, default=48)
args = parser.parse_args()

TARGET = "default_next_3m"
FIT_END = pd.Timestamp("2022-01-01")


def prepare(path):
    d = pd.read_csv(path, parse_dates=["as_of_month"])
    d = d.sort_values(["loan_id", "as_of_month"]).reset_index(drop=True)
    grp = d.groupby("loan_id", sort=False)
    d["dpd_l1"] = grp["dpd"].shift(1)
    d["dpd_l3_max"] = grp["dpd"].transform(lambda s: s.shift(1).rolling(3, min_periods=1).max())
    d["missed_cum"] = grp["missed_payment"].cumsum()
    d["bal_ratio"] = d["balance"] / d["loan_amount"]
    d["util_trend"] = d["utilization"] - grp["utilization"].shift(2)
    d["fico_bucket"] = pd.cut(d["fico"], [0, 580, 620, 660, 700, 740, 900], labels=False)
    return d


df = prepare(args.data)
FEATURES = ["loan_amount", "interest_rate", "term_months", "fico", "fico_bucket", "dti",
            "annual_income", "months_on_book", "balance", "bal_ratio", "dpd", "dpd_l1",
            "dpd_l3_max", "missed_cum", "utilization", "util_trend", "n_late_30"]

fit = df[df.as_of_month < FIT_END]
test = df[df.as_of_month >= FIT_END]
test = test[~test.loan_id.isin(fit.loan_id.unique())]

for nm, part in (("fit", fit), ("test", test)):
    print(f"{nm:6s} {len(part):8,d} rows  {part.loan_id.nunique():7,d} loans  pos={part[TARGET].mean():.3%}")

clf = lgb.LGBMClassifier(n_estimators=5000, learning_rate=args.lr, num_leaves=args.leaves,
                         min_child_samples=200, colsample_bytree=0.7, subsample=0.8,
                         subsample_freq=1, is_unbalance=True, verbose=-1)
clf.fit(fit[FEATURES], fit[TARGET],
        eval_set=[(test[FEATURES], test[TARGET])],
        eval_metric="auc",
        callbacks=[lgb.early_stopping(200), lgb.log_evaluation(250)])
print("best iteration:", clf.best_iteration_)

# baseline: 3-feature logistic regression (what the risk team uses today)
base_cols = ["dpd", "fico", "dti"]
base = LogisticRegression(max_iter=1000).fit(fit[base_cols].fillna(0), fit[TARGET])

p_test = clf.predict_proba(test[FEATURES], num_iteration=clf.best_iteration_)[:, 1]
p_base = base.predict_proba(test[base_cols].fillna(0))[:, 1]

summary = pd.DataFrame({
    "model": ["lgbm", "baseline_logreg"],
    "test_auc": [roc_auc_score(test[TARGET], p_test), roc_auc_score(test[TARGET], p_base)],
    "test_ap": [average_precision_score(test[TARGET], p_test), average_precision_score(test[TARGET], p_base)],
    "test_logloss": [log_loss(test[TARGET], np.clip(p_test, 1e-6, 1 - 1e-6)),
                     log_loss(test[TARGET], np.clip(p_base, 1e-6, 1 - 1e-6))],
})
print(summary.round(4).to_string(index=False))

# decile lift on test
test = test.assign(score=p_test)
test["decile"] = pd.qcut(test["score"].rank(method="first"), 10, labels=False)
lift = test.groupby("decile")[TARGET].agg(["mean", "size"]).iloc[::-1]
lift["lift"] = lift["mean"] / test[TARGET].mean()
print(lift)
