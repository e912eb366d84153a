import pandas as pd
import numpy as np
import statsmodels.api as sm
import statsmodels.formula.api as smf
from sklearn.metrics import roc_auc_score, brier_score_loss

d = pd.read_csv("train.csv")
d["log_charges"] = np.log(d.monthly_charges + 1)
d["tickets"] = d.support_tickets_30d.clip(upper=10)

form = ("churned_next_month ~ tenure_months + I(tenure_months**2) + log_charges"
        " + tickets + logins_30d + C(plan)")

# split on month (train = earlier), then drop customers from the later part
# that already appear in the earlier part, so nobody is in both
d["m"] = pd.to_datetime(d.snapshot_month)
cut = d.m.quantile(0.75)
tr = d[d.m <= cut]
te = d[(d.m > cut) & ~d.customer_id.isin(tr.customer_id.unique())]

glm = smf.glm(form, data=tr, family=sm.families.Binomial()).fit()
print(glm.summary())

p = glm.predict(te)
prior = np.full(len(te), tr.churned_next_month.mean())
print("AUC   ", roc_auc_score(te.churned_next_month, p))
print("Brier ", brier_score_loss(te.churned_next_month, p), " baseline (prior) ", brier_score_loss(te.churned_next_month, prior))

glm_all = smf.glm(form, data=d, family=sm.families.Binomial()).fit()
t = pd.read_csv("test.csv")
t["log_charges"] = np.log(t.monthly_charges + 1)
t["tickets"] = t.support_tickets_30d.clip(upper=10)
pd.DataFrame({"snapshot_id": t.snapshot_id, "prediction": glm_all.predict(t)}).to_csv("predictions.csv", index=False)
