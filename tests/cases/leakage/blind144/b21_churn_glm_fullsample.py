# -*- coding: utf-8 -*-
"""
Churn-snapshots: binomial GLM (logit link) on the full training file.

I prefer to use all nine months for estimation: the churn rate is low, so every
churner counts for the precision of the coefficients. Fit quality is judged with
the usual GLM diagnostics, the concordance (AUC) and a Hosmer-Lemeshow test.
"""
import numpy as np
import pandas as pd
import statsmodels.api as sm
import statsmodels.formula.api as smf
from scipy import stats
from sklearn.metrics import roc_auc_score

TARGET = "churned_next_month"

train = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])

print(train.shape)
print(train.describe(include="all").T[["count", "mean", "std", "min", "max"]])
print(train.groupby("region")[TARGET].mean().sort_values())


def covariates(d):
    d = d.copy()
    d["log_tenure"] = np.log1p(d["tenure_months"])
    d["log_idle"] = np.log1p(d["days_since_last_login"])
    d["zero_logins"] = (d["logins_30d"] == 0).astype(int)
    d["tickets2"] = np.minimum(d["support_tickets_30d"], 2)
    return d


train = covariates(train)
test = covariates(test)

formula = (f"{TARGET} ~ log_tenure + C(plan) + C(region) + monthly_charges + has_discount"
           " + logins_30d + zero_logins + log_idle + C(tickets2) + payment_failures_90d")
glm = smf.glm(formula, data=train, family=sm.families.Binomial()).fit()
print(glm.summary().tables[1])
print("deviance:", round(glm.deviance, 1), "on", int(glm.df_resid), "df")
print("AIC:", round(glm.aic, 1))

# residual check
pearson = glm.resid_pearson
print("Pearson chi2 / df:", round((pearson ** 2).sum() / glm.df_resid, 3))

fitted = glm.fittedvalues
auc = roc_auc_score(train[TARGET], fitted)
print(f"concordance (AUC): {auc:.3f}")

# Hosmer-Lemeshow with 10 groups
grp = pd.qcut(fitted, 10, labels=False, duplicates="drop")
hl_tab = pd.DataFrame({"y": train[TARGET], "p": fitted, "g": grp}).groupby("g").agg(
    n=("y", "size"), obs=("y", "sum"), exp=("p", "sum"))
hl_stat = (((hl_tab.obs - hl_tab.exp) ** 2) / (hl_tab.exp * (1 - hl_tab.exp / hl_tab.n))).sum()
hl_p = 1 - stats.chi2.cdf(hl_stat, len(hl_tab) - 2)
print(hl_tab)
print(f"Hosmer-Lemeshow chi2 = {hl_stat:.2f}, p = {hl_p:.3f}")

# odds ratios for the memo
ors = pd.DataFrame({"OR": np.exp(glm.params), "lo": np.exp(glm.conf_int()[0]), "hi": np.exp(glm.conf_int()[1])})
print(ors.round(3))

test["prediction"] = glm.predict(test)
test[["snapshot_id", "prediction"]].to_csv("predictions.csv", index=False)
