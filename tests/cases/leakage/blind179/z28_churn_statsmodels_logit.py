"""Churn drivers: logistic regression with statsmodels.

The hiring brief asks for predictions, but the business question is *why*
customers leave, so I fit an interpretable logit and read the odds ratios.
"""
import numpy as np
import pandas as pd
import statsmodels.formula.api as smf
from sklearn.metrics import roc_auc_score, average_precision_score

TARGET = "churned_next_month"

train = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])


def engineer(df):
    df = df.sort_values(["customer_id", "snapshot_month"]).copy()
    g = df.groupby("customer_id")
    df["log_charges"] = np.log1p(df["monthly_charges"].clip(lower=0))
    df["inactive_21d"] = (df["days_since_last_login"].fillna(999) >= 21).astype(int)
    df["logins_prev"] = g["logins_30d"].shift(1).fillna(df["logins_30d"])
    df["logins_drop"] = (df["logins_prev"] - df["logins_30d"]).clip(lower=0)
    df["any_failure"] = (df["payment_failures_90d"] > 0).astype(int)
    df["new_customer"] = (df["tenure_months"] <= 3).astype(int)
    return df


train = engineer(train)
test = engineer(test)

formula = (f"{TARGET} ~ C(plan) + C(region) + log_charges + has_discount"
           " + logins_30d + logins_drop + inactive_21d + support_tickets_30d"
           " + any_failure + new_customer")
res = smf.logit(formula, data=train).fit(disp=False, maxiter=200)

table = pd.DataFrame({
    "coef": res.params,
    "odds_ratio": np.exp(res.params),
    "ci_low": np.exp(res.conf_int()[0]),
    "ci_high": np.exp(res.conf_int()[1]),
    "p": res.pvalues,
}).round(3)
print(table.sort_values("odds_ratio", ascending=False).to_string())

fitted = res.predict(train)
print(f"pseudo R2: {res.prsquared:.3f}")
print(f"ROC AUC:   {roc_auc_score(train[TARGET], fitted):.3f}")
print(f"PR AUC:    {average_precision_score(train[TARGET], fitted):.3f}")

# churn rate by decile of predicted risk, as a calibration check
train["decile"] = pd.qcut(fitted, 10, labels=False, duplicates="drop")
print(train.groupby("decile")[TARGET].agg(["mean", "size"]).round(3))

test["prediction"] = res.predict(test).clip(0, 1)
test[["snapshot_id", "prediction"]].to_csv("predictions.csv", index=False)
