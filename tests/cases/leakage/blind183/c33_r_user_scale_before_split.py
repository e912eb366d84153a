# Churn snapshots -- penalised logistic regression (glmnet-style) in python
# I usually do this with glmnet + scale() in R; here: sklearn LogisticRegression with an L1 penalty.

import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import brier_score_loss, roc_auc_score

dat = pd.read_csv("train.csv")
newdat = pd.read_csv("test.csv")
dat["snapshot_month"] = pd.to_datetime(dat["snapshot_month"])
newdat["snapshot_month"] = pd.to_datetime(newdat["snapshot_month"])

# ---- transformations (row by row) ----
def transform(d):
    d = d.copy()
    d["monthly_spend"] = np.log1p(d["monthly_spend"].clip(lower=0, upper=1000))
    d["days_since_last_login"] = d["days_since_last_login"].fillna(90).clip(upper=180)
    d["support_tickets_30d"] = d["support_tickets_30d"].clip(upper=10)
    return d

dat = transform(dat)
newdat = transform(newdat)

num_vars = ["tenure_months", "monthly_spend", "logins_30d", "support_tickets_30d", "days_since_last_login"]

# ---- scale(): centre and divide by sd, like in R ----
centre = dat[num_vars].mean()
spread = dat[num_vars].std()
dat[num_vars] = (dat[num_vars] - centre) / spread
newdat[num_vars] = (newdat[num_vars] - centre) / spread

# ---- factors -> indicator columns ----
dat = pd.get_dummies(dat, columns=["plan", "region"], drop_first=True, dtype=float)
newdat = pd.get_dummies(newdat, columns=["plan", "region"], drop_first=True, dtype=float)
xvars = num_vars + [c for c in dat.columns if c.startswith(("plan_", "region_"))]
for v in xvars:
    if v not in newdat.columns:
        newdat[v] = 0.0

# ---- hold-out: sample customers, keep their months from July onwards ----
np.random.seed(1)
ids = dat["customer_id"].unique()
ho_ids = np.random.choice(ids, size=len(ids) // 4, replace=False)
ho_flag = dat["customer_id"].isin(ho_ids)
after_june = dat["snapshot_month"] >= "2024-07-01"
fit_set = dat[~ho_flag & ~after_june]
ho_set = dat[ho_flag & after_june]

# ---- penalty: lambda = 10 in glmnet terms, i.e. C = 0.1 (no tuning, kept simple) ----
best_C = 0.1
fit = LogisticRegression(penalty="l1", C=best_C, solver="liblinear")
fit.fit(fit_set[xvars], fit_set["churned_next_month"])
print(pd.Series(fit.coef_[0], index=xvars).round(3))

p = fit.predict_proba(ho_set[xvars])[:, 1]
p0 = np.full(len(ho_set), fit_set["churned_next_month"].mean())   # intercept-only baseline
y = ho_set["churned_next_month"]
print("hold-out AUC   model %.3f   baseline %.3f" % (roc_auc_score(y, p), roc_auc_score(y, p0)))
print("hold-out Brier model %.4f  baseline %.4f" % (brier_score_loss(y, p), brier_score_loss(y, p0)))

# ---- predict Oct-Dec ----
fit.fit(dat[xvars], dat["churned_next_month"])
pd.DataFrame({"snapshot_id": newdat["snapshot_id"], "prediction": fit.predict_proba(newdat[xvars])[:, 1]}).to_csv(
    "predictions.csv", index=False)
