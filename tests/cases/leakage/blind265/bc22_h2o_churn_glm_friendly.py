#!/usr/bin/env python
# Churn next month - H2O AutoML (GLM + trees).
# I impute + standardise the numerics myself so the GLM in the AutoML run gets sane inputs.
import numpy as np
import pandas as pd
import h2o
from h2o.automl import H2OAutoML
from sklearn.metrics import roc_auc_score, average_precision_score

TARGET = "churned_next_month"
NUM = ["tenure_months", "monthly_charges", "support_tickets_30d", "logins_30d",
       "payment_failures_90d", "discount_pct"]
CAT = ["plan", "region", "contract_type", "autopay"]
DROP = ["snapshot_id", "customer_id", "snapshot_month",
        "retention_offer_accepted", "account_closed_date_known"]   # last two: post-churn info

df = pd.read_csv("train.csv")
sub = pd.read_csv("test.csv")
print(df.shape, sub.shape)
print(df[NUM].isna().mean().round(3))
print(df.groupby("contract_type")[TARGET].mean())

# blocks in time; later blocks only with customers not seen before
months = sorted(df.snapshot_month.unique())
fit = df[df.snapshot_month.isin(months[:-4])]
val = df[df.snapshot_month.isin(months[-4:-2]) & ~df.customer_id.isin(fit.customer_id)]
tst = df[df.snapshot_month.isin(months[-2:])
         & ~df.customer_id.isin(pd.concat([fit.customer_id, val.customer_id]))]
print("fit/val/test:", len(fit), len(val), len(tst))

# impute with medians, then z-score -- statistics from the fit block only
med = fit[NUM].median()
mu = fit[NUM].fillna(med).mean()
sd = fit[NUM].fillna(med).std()


def prep(d):
    d = d.copy()
    d[NUM] = (d[NUM].fillna(med) - mu) / sd
    return d


fit, val, tst, sub = prep(fit), prep(val), prep(tst), prep(sub)

h2o.init()
X = NUM + CAT


def h2f(d):
    f = h2o.H2OFrame(d[X + [TARGET]] if TARGET in d else d[X])
    for c in CAT:
        f[c] = f[c].asfactor()
    if TARGET in d:
        f[TARGET] = f[TARGET].asfactor()
    return f


h_fit, h_val, h_tst = h2f(fit), h2f(val), h2f(tst)
aml = H2OAutoML(max_runtime_secs=600, nfolds=0, seed=5, sort_metric="AUC",
                include_algos=["GLM", "GBM", "XGBoost", "DRF"])
aml.train(x=X, y=TARGET, training_frame=h_fit, validation_frame=h_val, leaderboard_frame=h_val)
print(aml.leaderboard.head(rows=10))

p = aml.leader.predict(h_tst).as_data_frame()["p1"].values
y = tst[TARGET].values
base = np.full(len(y), fit[TARGET].mean())   # baseline: constant churn rate
print(f"leader   AUC {roc_auc_score(y, p):.4f}  AP {average_precision_score(y, p):.4f}")
print(f"baseline AUC {roc_auc_score(y, base):.4f}  AP {average_precision_score(y, base):.4f}")

p_sub = aml.leader.predict(h2f(sub)).as_data_frame()["p1"].values
pd.DataFrame({"snapshot_id": sub.snapshot_id, "prediction": p_sub}).to_csv("predictions.csv", index=False)
