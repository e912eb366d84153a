# Loan default -- rolling-origin evaluation: fit on all vintages up to year t, score year t+1.
import numpy as np
import pandas as pd
import statsmodels.formula.api as smf
from sklearn.metrics import roc_auc_score, brier_score_loss

loans = pd.read_csv("train.csv", parse_dates=["issue_date"])
loans = loans.sort_values("issue_date").reset_index(drop=True)
loans["log_inc"] = np.log1p(loans["annual_inc"])
loans["year"] = loans["issue_date"].dt.year
loans = loans.dropna(subset=["dti", "revol_util"]).reset_index(drop=True)

F = ("default ~ C(grade) + C(term) + log_inc + dti + loan_amnt + fico_low + revol_util"
     " + inq_last_6mths + delinq_2yrs + C(home_ownership)")

years = sorted(loans["year"].unique())
rows = []
for t in years[2:]:
    tr = loans[loans["year"] < t]
    te = loans[loans["year"] == t]
    m = smf.logit(F, data=tr).fit(disp=0)
    p = m.predict(te)
    base = np.full(len(te), tr["default"].mean())
    rows.append({"test_year": t, "n_train": len(tr), "n_test": len(te),
                 "auc": roc_auc_score(te["default"], p),
                 "brier": brier_score_loss(te["default"], p),
                 "brier_baseline": brier_score_loss(te["default"], base),
                 "obs_rate": te["default"].mean(), "mean_pred": p.mean()})

res = pd.DataFrame(rows)
print(res.round(4).to_string(index=False))
print("\nmean AUC %.3f, mean Brier skill vs baseline %.3f" %
      (res["auc"].mean(), 1 - res["brier"].sum() / res["brier_baseline"].sum()))

full = smf.logit(F, data=loans).fit(disp=0)
print(full.summary())
test = pd.read_csv("test.csv")
test["log_inc"] = np.log1p(test["annual_inc"])
test["prediction"] = full.predict(test)
test[["loan_id", "prediction"]].to_csv("predictions.csv", index=False)
