"""Churn-snapshots: GLM with B-spline terms for the non-linear covariates.

Design: estimation on Jan-Jun; evaluation on Jul-Sep snapshots of customers who do
not appear in Jan-Jun (the hidden test set is later months of different customers).
Reported: AUC with a bootstrap interval, average precision, KS, and a calibration table.
"""
import numpy as np
import pandas as pd
import statsmodels.api as sm
import statsmodels.formula.api as smf
from sklearn.metrics import roc_auc_score, average_precision_score

SEED = 20240901
rng = np.random.default_rng(SEED)

df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
y = "churned_next_month"

# quick look at the shape of the relationships
for c in ["tenure_months", "days_since_last_login", "monthly_charges"]:
    binned = pd.cut(df[c], 8)
    print(df.groupby(binned, observed=True)[y].mean().round(3), "\n")

est = df.loc[df.snapshot_month < "2024-07-01"].copy()
seen = est.customer_id.unique()
evl = df.loc[(df.snapshot_month >= "2024-07-01") & ~df.customer_id.isin(seen)].copy()
print(f"estimation {est.shape}, evaluation {evl.shape}, evaluation churn {evl[y].mean():.3f}")

rhs = ("bs(tenure_months, df=4) + bs(days_since_last_login, df=3) + monthly_charges"
       " + C(plan) + C(region) + has_discount + logins_30d + support_tickets_30d"
       " + payment_failures_90d")
glm = smf.glm(f"{y} ~ {rhs}", data=est, family=sm.families.Binomial()).fit()
print(glm.summary().tables[1])

evl["p"] = glm.predict(evl)
auc = roc_auc_score(evl[y], evl["p"])
ap = average_precision_score(evl[y], evl["p"])

yy = evl[y].to_numpy()
pp = evl["p"].to_numpy()
boot = np.empty(1000)
for b in range(1000):
    i = rng.integers(0, len(yy), len(yy))
    boot[b] = roc_auc_score(yy[i], pp[i]) if yy[i].min() != yy[i].max() else np.nan
lo, hi = np.nanpercentile(boot, [2.5, 97.5])
print(f"AUC {auc:.3f} (95% bootstrap CI {lo:.3f}-{hi:.3f}); AP {ap:.3f}")

srt = evl.sort_values("p", ascending=False)
cb = srt[y].cumsum() / srt[y].sum()
cg = (1 - srt[y]).cumsum() / (1 - srt[y]).sum()
print(f"KS {np.max(cb - cg):.3f}")

evl["decile"] = pd.qcut(evl["p"].rank(method="first"), 10, labels=False) + 1
cal = evl.groupby("decile").agg(n=(y, "size"), observed=(y, "mean"), predicted=("p", "mean"))
print(cal.round(4))

final = smf.glm(f"{y} ~ {rhs}", data=df, family=sm.families.Binomial()).fit()
pd.DataFrame({"snapshot_id": test.snapshot_id, "prediction": final.predict(test)}).to_csv(
    "predictions.csv", index=False)
