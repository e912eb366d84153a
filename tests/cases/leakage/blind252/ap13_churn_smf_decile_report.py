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

model = smf.logit(f, data=df).fit(disp=0)
print(model.summary())

df["score"] = model.predict(df)

# baseline: everybody gets the average churn rate (prior)
df["baseline"] = df.churned_next_month.mean()

print("prior baseline AUC:", roc_auc_score(df.churned_next_month, df["baseline"]))
print("logit AUC:         ", round(roc_auc_score(df.churned_next_month, df.score), 4))
print("logit AP:          ", round(average_precision_score(df.churned_next_month, df.score), 4))

# ---- decile report -------------------------------------------------------
df["decile"] = pd.qcut(df.score, 10, labels=False, duplicates="drop")
rep = (df.groupby("decile")
         .agg(n=("churned_next_month", "size"),
              churners=("churned_next_month", "sum"),
              mean_score=("score", "mean"))
         .sort_index(ascending=False))
rep["churn_rate"] = rep.churners / rep.n
rep["lift"] = rep.churn_rate / df.churned_next_month.mean()
rep["cum_pct_churners"] = rep.churners.cumsum() / rep.churners.sum()
print(rep.round(3))

# ---- submit --------------------------------------------------------------
test["prediction"] = model.predict(test)
test[["snapshot_id", "prediction"]].to_csv("predictions.csv", index=False)

# Memo notes
#  * top decile ~ 4-5x lift, top 3 deciles catch ~60% of churners
#  * no logins in 30 days is the single clearest red flag
#  * recommend: auto-trigger an outreach when logins hit zero
