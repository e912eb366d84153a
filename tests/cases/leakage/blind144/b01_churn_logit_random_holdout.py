"""Churn take-home - logistic regression with statsmodels.

Approach: a main-effects logit with categorical plan/region, checked on a
random 80/20 holdout, then refit on everything for the submission.
"""
import json

import numpy as np
import pandas as pd
import statsmodels.formula.api as smf
from scipy import stats
from sklearn.metrics import roc_auc_score, brier_score_loss

np.random.seed(2024)

task = json.load(open("task.json"))
TARGET = task["target"]
ID = task["id_column"]

df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
print(df.shape, test.shape)
print("churn rate:", round(df[TARGET].mean(), 4))
print(df.groupby("plan")[TARGET].agg(["mean", "size"]))

# --- simple transformations (row-wise only) ---------------------------------
for d in (df, test):
    d["log_charges"] = np.log1p(d["monthly_charges"])
    d["inactive_2w"] = (d["days_since_last_login"] > 14).astype(int)
    d["any_pay_fail"] = (d["payment_failures_90d"] > 0).astype(int)
    d["tickets_capped"] = d["support_tickets_30d"].clip(upper=5)

# --- holdout ------------------------------------------------------------------
msk = np.random.rand(len(df)) < 0.8
train = df[msk].copy()
hold = df[~msk].copy()
print(f"train: {len(train)} rows, holdout: {len(hold)} rows")

formula = (
    f"{TARGET} ~ tenure_months + C(plan) + C(region) + log_charges + has_discount"
    " + logins_30d + inactive_2w + tickets_capped + any_pay_fail"
)
fit = smf.logit(formula, data=train).fit(disp=False)
print(fit.summary())

odds = np.exp(pd.concat([fit.params, fit.conf_int()], axis=1))
odds.columns = ["OR", "lo95", "hi95"]
print(odds.round(3))

# --- holdout evaluation ---------------------------------------------------------
p_hold = fit.predict(hold)
y_hold = hold[TARGET].values
auc = roc_auc_score(y_hold, p_hold)
ks = stats.ks_2samp(p_hold[y_hold == 1], p_hold[y_hold == 0]).statistic
print(f"holdout AUC = {auc:.3f}   Gini = {2 * auc - 1:.3f}   KS = {ks:.3f}")

prior = train[TARGET].mean()
brier_model = brier_score_loss(y_hold, p_hold)
brier_base = brier_score_loss(y_hold, np.full(len(y_hold), prior))
print(f"Brier model {brier_model:.4f} vs baseline (training churn rate) {brier_base:.4f}")

# bootstrap percentile interval for the holdout AUC
boot = []
rng = np.random.default_rng(11)
for _ in range(500):
    idx = rng.integers(0, len(y_hold), len(y_hold))
    if y_hold[idx].min() == y_hold[idx].max():
        continue
    boot.append(roc_auc_score(y_hold[idx], np.asarray(p_hold)[idx]))
print("AUC 95% CI:", np.percentile(boot, [2.5, 97.5]).round(3))

# --- final model and submission -------------------------------------------------
final = smf.logit(formula, data=df).fit(disp=False)
sub = pd.DataFrame({ID: test[ID], "prediction": final.predict(test).clip(0, 1)})
sub.to_csv("predictions.csv", index=False)
print(sub.head())
