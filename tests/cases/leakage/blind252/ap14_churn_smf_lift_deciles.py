# Churn propensity - statsmodels formula logit + decile report
# (Time box was tight, kept it to one model I can explain line by line.)

import pandas as pd
import numpy as np
import statsmodels.formula.api as smf
from sklearn.metrics import roc_auc_score, average_precision_score

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(df.shape, test.shape)

# ---- a bit of EDA --------------------------------------------------------
print(df.isna().mean().sort_values(ascending=False).head(8))
print(df.groupby("contract_type").churned_next_month.mean().round(4))
print(df.groupby(pd.cut(df.support_tickets_30d, [-1, 0, 1, 3, 100])).churned_next_month.mean())

# row level tweaks only
for d in (df, test):
    d["no_logins"] = (d["logins_30d"] == 0).astype(int)
    d["log_charges"] = np.log1p(d["monthly_charges"])
    d["tickets_capped"] = d["support_tickets_30d"].clip(upper=10)

f = ("churned_next_month ~ tenure_months + log_charges + tickets_capped + no_logins"
     " + logins_30d + late_payments_90d + num_addons + C(plan) + C(contract_type)")

# ---- holdout: last 3 months, and only customers with no earlier snapshot
last_months = sorted(df.snapshot_month.unique())[-3:]
fit_df = df[~df.snapshot_month.isin(last_months)].copy()
hold = df[df.snapshot_month.isin(last_months) & ~df.customer_id.isin(fit_df.customer_id)].copy()
print("fit rows", len(fit_df), "holdout rows", len(hold))

model = smf.logit(f, data=fit_df).fit(disp=0)
print(model.summary())

hold["score"] = model.predict(hold)

# baseline: everybody gets the average churn rate of the fit months (prior)
hold["baseline"] = fit_df.churned_next_month.mean()

print("prior baseline AUC:", roc_auc_score(hold.churned_next_month, hold["baseline"]))
print("logit AUC:         ", round(roc_auc_score(hold.churned_next_month, hold.score), 4))
print("logit AP:          ", round(average_precision_score(hold.churned_next_month, hold.score), 4))

# ---- decile report (holdout) ---------------------------------------------
hold["decile"] = pd.qcut(hold.score, 10, labels=False, duplicates="drop")
rep = (hold.groupby("decile")
           .agg(n=("churned_next_month", "size"),
                churners=("churned_next_month", "sum"),
                mean_score=("score", "mean"))
           .sort_index(ascending=False))
rep["churn_rate"] = rep.churners / rep.n
rep["lift"] = rep.churn_rate / hold.churned_next_month.mean()
rep["cum_pct_churners"] = rep.churners.cumsum() / rep.churners.sum()
print(rep.round(3))

# ---- submit: refit on all labelled months --------------------------------
final = smf.logit(f, data=df).fit(disp=0)
test["prediction"] = final.predict(test)
test[["snapshot_id", "prediction"]].to_csv("predictions.csv", index=False)

# Memo notes
#  * top decile ~ 4-5x lift, top 3 deciles catch ~60% of churners (holdout)
#  * no logins in 30 days is the single clearest red flag
#  * recommend: auto-trigger an outreach when logins hit zero
