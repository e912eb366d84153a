"""Loan default: backward elimination by p-values, then an out-of-time check.

Start from the full logit and drop the least significant term until all
remaining terms have p < 0.05 (Wald). Then refit on pre-2018 loans and score
2018+ loans.
"""
import numpy as np
import pandas as pd
import statsmodels.formula.api as smf
from sklearn.metrics import roc_auc_score, brier_score_loss

loans = pd.read_csv("train.csv", parse_dates=["issue_date"])
loans["log_inc"] = np.log1p(loans["annual_inc"])
loans["emp_years"] = loans["emp_length"].str.extract(r"(\d+)").astype(float).fillna(0)
loans = loans.dropna(subset=["dti", "revol_util"])

candidates = ["log_inc", "dti", "revol_util", "loan_amnt", "int_rate", "fico_low",
              "emp_years", "inq_last_6mths", "delinq_2yrs", "open_acc",
              "C(term)", "C(home_ownership)", "C(purpose)", "C(grade)"]


def term_pvalue(res, term):
    ps = res.pvalues[[c for c in res.pvalues.index if c == term or c.startswith(term + "[")]]
    return ps.min()


terms = list(candidates)
while True:
    res = smf.logit("default ~ " + " + ".join(terms), data=loans).fit(disp=0, maxiter=100)
    pv = {t: term_pvalue(res, t) for t in terms}
    worst = max(pv, key=pv.get)
    if pv[worst] < 0.05:
        break
    print("drop %-22s p = %.3f" % (worst, pv[worst]))
    terms.remove(worst)

print("kept:", terms)

cutoff = pd.Timestamp("2018-01-01")
train = loans[loans["issue_date"] < cutoff]
valid = loans[loans["issue_date"] >= cutoff]

final = smf.logit("default ~ " + " + ".join(terms), data=train).fit(disp=0, maxiter=100)
print(final.summary())
p = final.predict(valid)
print("out-of-time AUC  : %.3f" % roc_auc_score(valid["default"], p))
print("out-of-time Brier: %.4f" % brier_score_loss(valid["default"], p))

test = pd.read_csv("test.csv")
test["log_inc"] = np.log1p(test["annual_inc"])
test["emp_years"] = test["emp_length"].str.extract(r"(\d+)").astype(float).fillna(0)
test["prediction"] = final.predict(test)
test[["loan_id", "prediction"]].to_csv("predictions.csv", index=False)
