# Loan default -- 10-fold cross-validated AUC for the logit, folds built by hand.
import numpy as np
import pandas as pd
import statsmodels.formula.api as smf
from sklearn.metrics import roc_auc_score, brier_score_loss

loans = pd.read_csv("train.csv", parse_dates=["issue_date"])
loans = loans.sort_values("issue_date").reset_index(drop=True)
loans["log_inc"] = np.log1p(loans["annual_inc"])
loans["vintage"] = loans["issue_date"].dt.year
loans = loans.dropna(subset=["dti", "revol_util"]).reset_index(drop=True)

F = ("default ~ C(grade) + C(term) + log_inc + dti + loan_amnt + fico_low + revol_util"
     " + inq_last_6mths + delinq_2yrs + C(home_ownership)")

K = 10
rng = np.random.default_rng(42)
perm = rng.permutation(len(loans))
fold_id = np.empty(len(loans), dtype=int)
fold_id[perm] = np.arange(len(loans)) % K

scores = []
for k in range(K):
    tr = loans[fold_id != k]
    te = loans[fold_id == k]
    m = smf.logit(F, data=tr).fit(disp=0)
    p = m.predict(te)
    base = np.full(len(te), tr["default"].mean())
    scores.append((roc_auc_score(te["default"], p),
                   brier_score_loss(te["default"], p),
                   brier_score_loss(te["default"], base)))

s = np.array(scores)
print("CV AUC          %.3f +/- %.3f" % (s[:, 0].mean(), s[:, 0].std(ddof=1) / np.sqrt(K)))
print("CV Brier        %.4f" % s[:, 1].mean())
print("baseline Brier  %.4f (training-fold default rate)" % s[:, 2].mean())

full = smf.logit(F, data=loans).fit(disp=0)
test = pd.read_csv("test.csv")
test["log_inc"] = np.log1p(test["annual_inc"])
test["prediction"] = full.predict(test)
test[["loan_id", "prediction"]].to_csv("predictions.csv", index=False)
