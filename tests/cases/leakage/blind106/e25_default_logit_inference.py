"""Loan default: inference on the application variables.

Estimate the logit on the full loan book with robust standard errors,
report odds ratios, the McFadden pseudo R2 and the in-sample c-statistic,
and compare the Brier score with the baseline that predicts the overall
default rate for every loan.
"""
import numpy as np
import pandas as pd
import statsmodels.api as sm
from scipy import stats
from sklearn.metrics import roc_auc_score, brier_score_loss

loans = pd.read_csv("train.csv", parse_dates=["issue_date"])
loans["log_inc"] = np.log1p(loans["annual_inc"])
loans["term60"] = (loans["term"].str.strip() == "60 months").astype(float)
loans["renter"] = (loans["home_ownership"] == "RENT").astype(float)
cols = ["log_inc", "dti", "int_rate", "fico_low", "term60", "renter",
        "revol_util", "inq_last_6mths", "delinq_2yrs"]
loans = loans.dropna(subset=cols)

X = sm.add_constant(loans[cols])
y = loans["default"]
res = sm.Logit(y, X).fit(disp=0, cov_type="HC1")
print(res.summary())

ci = np.exp(res.conf_int())
print(pd.DataFrame({"OR": np.exp(res.params), "2.5%": ci[0], "97.5%": ci[1]}).round(3))

# likelihood-ratio test of the credit-history block
small = sm.Logit(y, sm.add_constant(loans[cols[:6]])).fit(disp=0)
lr = 2 * (res.llf - small.llf)
print("LR credit history block: %.1f, p = %.3g" % (lr, stats.chi2.sf(lr, 3)))

p = res.predict(X)
p_base = np.full(len(y), y.mean())
print("pseudo R2 (McFadden): %.3f" % res.prsquared)
print("c-statistic:          %.3f" % roc_auc_score(y, p))
print("Brier model %.4f vs baseline (overall rate) %.4f" % (brier_score_loss(y, p), brier_score_loss(y, p_base)))

test = pd.read_csv("test.csv")
test["log_inc"] = np.log1p(test["annual_inc"])
test["term60"] = (test["term"].str.strip() == "60 months").astype(float)
test["renter"] = (test["home_ownership"] == "RENT").astype(float)
test["prediction"] = res.predict(sm.add_constant(test[cols], has_constant="add"))
test[["loan_id", "prediction"]].to_csv("predictions.csv", index=False)
