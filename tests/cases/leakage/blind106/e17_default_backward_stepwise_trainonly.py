"""Loan default: backward elimination on the pre-2018 loans only, then an out-of-time check.

The elimination uses the outcome, so it is run on the training period only;
2018+ loans are touched once, to score the final model.
"""
import numpy as np
import pandas as pd
import statsmodels.formula.api as smf
from sklearn.metrics import roc_auc_score, brier_score_loss

loans = pd.read_csv("train.csv", parse_dates=["issue_date"])
loans["log_inc"] = np.log1p(loans["annual_inc"])
loans["emp_years"] = loans["emp_length"].str.extract(r"(\d+)").astype(float).fillna(0)
loans = loans.dropna(subset=["dti", "revol_util"])

cutoff = pd.Timestamp("2018-01-01")
train = loans[loans["issue_date"] < cutoff].copy()
valid = loans[loans["issue_date"] >= cutoff].copy()

candidates = ["log_inc", "dti", "revol_util", "loan_amnt", "int_rate", "fico_low",
              "emp_years", "inq_last_6mths", "delinq_2yrs", "open_acc",
              "C(term)", "C(home_ownership)", "C(purpose)", "C(grade)"]


def term_pvalue(res, term):
    ps = res.pvalues[[c for c in res.pvalues.index if c == term or c.startswith(term + "[")]]
    return ps.min()


terms = list(candidates)
while True:
    res = smf.logit("default ~ " + " + ".join(terms), data=train).fit(disp=0, maxiter=100)
    pv = {t: term_pvalue(res, t) for t in terms}
    worst = max(pv, key=pv.get)
    if pv[worst] < 0.05:
        break
    print("drop %-22s p = %.3f  (AIC now %.1f)" % (worst, pv[worst], res.aic))
    terms.remove(worst)

print("kept:", terms)
final = res
print(final.summary())

y = valid["default"]
p = final.predict(valid)
p0 = np.full(len(valid), train["default"].mean())
print("out-of-time AUC   model %.3f  baseline 0.500" % roc_auc_score(y, p))
print("out-of-time Brier model %.4f  baseline %.4f" % (brier_score_loss(y, p), brier_score_loss(y, p0)))

test = pd.read_csv("test.csv")
test["log_inc"] = np.log1p(test["annual_inc"])
test["emp_years"] = test["emp_length"].str.extract(r"(\d+)").astype(float).fillna(0)
test["prediction"] = final.predict(test)
test[["loan_id", "prediction"]].to_csv("predictions.csv", index=False)
