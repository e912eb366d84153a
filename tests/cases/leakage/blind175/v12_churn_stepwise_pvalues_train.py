"""Churn next month: backward stepwise logistic regression (statsmodels).

1. split off a later quarter of new customers for validation,
2. on the fitting months only: drop the least significant term (Wald
   p-value) until all p < 0.05,
3. validate the selected formula on the held-out quarter,
4. refit on all months and score the Oct-Dec file.
"""
import json

import numpy as np
import pandas as pd
import statsmodels.formula.api as smf
from sklearn.metrics import average_precision_score, roc_auc_score

task = json.load(open("task.json"))
TARGET = task["target"]
ID = task["id_column"]
TIME = task["time_column"]
GROUP = task["group_column"]

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
for frame in (df, test):
    frame["log_charges"] = np.log1p(frame["monthly_charges"])
    frame["tenure_years"] = frame["tenure_months"] / 12.0
    frame["no_login_30d"] = (frame["logins_30d"] == 0).astype(int)

CANDIDATES = ["C(plan)", "C(region)", "tenure_years", "log_charges", "has_discount",
              "logins_30d", "no_login_30d", "days_since_last_login",
              "support_tickets_30d", "payment_failures_90d",
              "support_tickets_30d:payment_failures_90d"]


def term_pvalue(res, term):
    """Smallest p-value among the coefficients that belong to a term."""
    pv = res.pvalues
    hits = [i for i in pv.index if i == term or i.startswith(term + "[")]
    return pv[hits].min()


def backward_stepwise(data, terms, alpha=0.05):
    terms = list(terms)
    history = []
    while True:
        res = smf.logit(f"{TARGET} ~ " + " + ".join(terms), data=data).fit(disp=0)
        pvals = {t: term_pvalue(res, t) for t in terms}
        worst = max(pvals, key=pvals.get)
        history.append({"n_terms": len(terms), "aic": res.aic, "dropped": None})
        if pvals[worst] < alpha or len(terms) == 1:
            return terms, res, pd.DataFrame(history)
        history[-1]["dropped"] = f"{worst} (p={pvals[worst]:.3f})"
        terms.remove(worst)


# ---- split first: Jul-Sep of customers not seen in Jan-Jun is held out --------
fit_part = df[df[TIME] < "2024-07-01"]
val_part = df[df[TIME] >= "2024-07-01"]
val_part = val_part[~val_part[GROUP].isin(fit_part[GROUP])]

selected, m, hist = backward_stepwise(fit_part, CANDIDATES)
print(hist.to_string(index=False))
print("selected terms:", selected)
FORMULA = f"{TARGET} ~ " + " + ".join(selected)

p = m.predict(val_part)
y = val_part[TARGET]
prior = np.full(len(y), fit_part[TARGET].mean())
print("validation rows:", len(val_part))
print("ROC AUC  stepwise logit %.4f | prior baseline %.4f" % (roc_auc_score(y, p), roc_auc_score(y, prior)))
print("PR AUC   stepwise logit %.4f | prior baseline %.4f" % (
    average_precision_score(y, p), average_precision_score(y, prior)))

val_scored = val_part.assign(score=p)
top = val_scored.nlargest(int(np.ceil(0.1 * len(val_scored))), "score")
print("top 10%% of scores capture %.1f%% of churners" % (100 * top[TARGET].sum() / y.sum()))

# ---- final model: same selected formula, re-estimated on Jan-Sep --------------
final = smf.logit(FORMULA, data=df).fit(disp=0)
print(final.summary2().tables[1].round(4))
pd.DataFrame({ID: test[ID], "prediction": final.predict(test)}).to_csv("predictions.csv", index=False)
