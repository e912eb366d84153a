#!/usr/bin/env python
"""churn-snapshots submission.

1. Hold out Jul-Sep snapshots of customers not seen in Jan-Jun.
2. Backward elimination on Wald p-values (alpha = 0.05) using Jan-Jun only,
   then check the reduced logit on the holdout.
3. Refit on the whole file and predict test.csv.
"""
import json
import warnings

import numpy as np
import pandas as pd
import statsmodels.formula.api as smf
from sklearn.metrics import roc_auc_score, brier_score_loss

warnings.filterwarnings("ignore")

with open("task.json") as fh:
    TASK = json.load(fh)
Y = TASK["target"]
ID = TASK["id_column"]

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
df["snapshot_month"] = pd.to_datetime(df["snapshot_month"])


def engineer(frame):
    frame = frame.copy()
    frame["log_idle"] = np.log1p(frame["days_since_last_login"])
    frame["log_logins"] = np.log1p(frame["logins_30d"])
    frame["new_customer"] = (frame["tenure_months"] < 6).astype(int)
    frame["high_charge"] = (frame["monthly_charges"] > 80).astype(int)
    frame["tickets_x_fail"] = frame["support_tickets_30d"] * frame["payment_failures_90d"]
    return frame


df = engineer(df)
test = engineer(test)

CANDIDATES = [
    "C(plan)", "C(region)", "tenure_months", "new_customer", "monthly_charges", "high_charge",
    "has_discount", "logins_30d", "log_logins", "days_since_last_login", "log_idle",
    "support_tickets_30d", "payment_failures_90d", "tickets_x_fail",
]


def backward_eliminate(data, terms, alpha=0.05):
    terms = list(terms)
    while True:
        res = smf.logit(f"{Y} ~ " + " + ".join(terms), data=data).fit(disp=False)
        # worst p-value per term (categoricals: min over their dummies)
        pvals = {}
        for t in terms:
            cols = [c for c in res.pvalues.index if c == t or c.startswith(t + "[")]
            pvals[t] = res.pvalues[cols].min()
        worst = max(pvals, key=pvals.get)
        if pvals[worst] <= alpha or len(terms) == 1:
            return terms, res
        print(f"  drop {worst:<25s} p={pvals[worst]:.3f}  AIC={res.aic:.1f}")
        terms.remove(worst)


# holdout: Jul-Sep snapshots of customers that are new in Jul-Sep
early = df[df["snapshot_month"] < "2024-07-01"]
late = df[df["snapshot_month"] >= "2024-07-01"]
late = late[~late["customer_id"].isin(early["customer_id"])]

print("Backward elimination (Jan-Jun rows)")
kept, _ = backward_eliminate(early, CANDIDATES)
print("kept:", kept)
formula = f"{Y} ~ " + " + ".join(kept)

model = smf.logit(formula, data=early).fit(disp=False)
print(model.summary())
p_late = model.predict(late)

auc = roc_auc_score(late[Y], p_late)
brier = brier_score_loss(late[Y], p_late)
base_p = np.repeat(early[Y].mean(), len(late))
print(f"Holdout AUC: {auc:.3f}")
print(f"Holdout Brier: {brier:.4f} (baseline, constant churn rate: {brier_score_loss(late[Y], base_p):.4f})")

# calibration in the large and slope
cal = smf.logit(f"{Y} ~ lp", data=late.assign(lp=np.log(p_late / (1 - p_late)))).fit(disp=False)
print("calibration slope:", round(cal.params["lp"], 3), " intercept:", round(cal.params["Intercept"], 3))

final = smf.logit(formula, data=df).fit(disp=False)
out = pd.DataFrame({ID: test[ID], "prediction": final.predict(test)})
out.to_csv("predictions.csv", index=False)
print("wrote", len(out), "predictions")
