"""
Renewal drivers - interpretable logistic regression (statsmodels).

The hiring brief asked mostly for "what drives renewal", so this is an
explanatory model: coefficients, odds ratios, and fit quality on the
account-month data. Predictions for test.csv come from the same fit.
"""
import numpy as np
import pandas as pd
import statsmodels.formula.api as smf
from sklearn.metrics import roc_auc_score, brier_score_loss, classification_report

df = pd.read_csv("train.csv", parse_dates=["period_month"])
print(f"{len(df):,} account-months, {df.account_id.nunique():,} accounts")


def engineer(d):
    d = d.copy()
    d["log_seats"] = np.log1p(d["seats"])
    d["log_fee"] = np.log1p(d["monthly_fee"])
    d["util"] = (d["active_users"] / d["seats"].clip(lower=1)).clip(0, 1.5)
    d["logins_per_user"] = d["logins_30d"] / d["active_users"].clip(lower=1)
    d["any_payfail"] = (d["payment_failures"] > 0).astype(int)
    d["tickets_capped"] = d["support_tickets"].clip(upper=10)
    d["nps_known"] = d["nps_score"].notna().astype(int)
    d["nps_filled"] = d["nps_score"].fillna(0)
    d["tenure_years"] = d["tenure_months"] / 12.0
    d["q4"] = (d["period_month"].dt.quarter == 4).astype(int)
    return d


df = engineer(df)

formula = (
    "renewed ~ log_seats + log_fee + util + logins_per_user + any_payfail"
    " + tickets_capped + nps_known + nps_filled:nps_known + discount_pct"
    " + tenure_years + I(tenure_years ** 2) + q4"
    " + C(plan_tier) + C(region) + C(industry)"
)

model = smf.logit(formula, data=df).fit(maxiter=200, disp=False)
print(model.summary())

odds = pd.DataFrame({
    "odds_ratio": np.exp(model.params),
    "ci_low": np.exp(model.conf_int()[0]),
    "ci_high": np.exp(model.conf_int()[1]),
    "p": model.pvalues,
}).round(3)
print(odds.sort_values("p").to_string())

# --- how good is the fit --------------------------------------------------------
p_hat = model.predict(df)
print("pseudo R2 :", round(model.prsquared, 4))
print("ROC AUC   :", round(roc_auc_score(df["renewed"], p_hat), 4))
print("Brier     :", round(brier_score_loss(df["renewed"], p_hat), 4))
print(classification_report(df["renewed"], (p_hat >= 0.5).astype(int), digits=3))

# calibration by decile
dec = pd.qcut(p_hat, 10, labels=False, duplicates="drop")
calib = df.assign(p=p_hat, decile=dec).groupby("decile").agg(
    mean_pred=("p", "mean"), observed=("renewed", "mean"), n=("renewed", "size")
)
print(calib.round(3))

# --- segment view ---------------------------------------------------------------
seg = df.assign(p=p_hat).groupby("plan_tier").agg(
    observed=("renewed", "mean"), predicted=("p", "mean"), n=("renewed", "size")
)
print(seg.round(3))

# --- submission -------------------------------------------------------------------
test = engineer(pd.read_csv("test.csv", parse_dates=["period_month"]))
test["prediction"] = model.predict(test).clip(0, 1)
test[["row_id", "prediction"]].to_csv("predictions.csv", index=False)
print("predictions written:", len(test))
