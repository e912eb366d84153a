#!/usr/bin/env python
# churn model - standardised logistic regression
# Want coefficients on the same scale so I can rank drivers for the memo
# ("1 SD more tickets = x% higher odds"), so z-score the numeric columns first.

import pandas as pd
import numpy as np
import statsmodels.api as sm
from sklearn.metrics import roc_auc_score, average_precision_score, brier_score_loss

TARGET = "churned_next_month"
num_cols = ["tenure_months", "monthly_charges", "support_tickets_30d",
            "logins_30d", "late_payments_90d", "num_addons"]

df = pd.read_csv("train.csv")
print(df.shape)
print(df[num_cols].describe().T)
print("missing:\n", df[num_cols].isna().sum())

dummies = pd.get_dummies(df["plan"], prefix="plan", drop_first=True, dtype=float)
df = pd.concat([df, dummies], axis=1)
feat = num_cols + list(dummies.columns)

# split: time based + unseen customers in the eval window
months = sorted(df.snapshot_month.unique())
cut = months[-3]
trn = df[df.snapshot_month < cut].copy()
evl = df[df.snapshot_month >= cut]
evl = evl[~evl.customer_id.isin(trn.customer_id)].copy()
print("train", trn.shape, "eval", evl.shape)

# fill + z-score with the training months' numbers, applied to both
med = trn[num_cols].median()
trn[num_cols] = trn[num_cols].fillna(med)
evl[num_cols] = evl[num_cols].fillna(med)
mu, sd = trn[num_cols].mean(), trn[num_cols].std()
trn[num_cols] = (trn[num_cols] - mu) / sd
evl[num_cols] = (evl[num_cols] - mu) / sd

res = sm.Logit(trn[TARGET], sm.add_constant(trn[feat])).fit(disp=0, maxiter=200)
print(res.summary())

drivers = pd.DataFrame({"coef": res.params, "odds_per_sd": np.exp(res.params),
                        "p": res.pvalues}).drop("const")
print(drivers.sort_values("coef", key=abs, ascending=False).round(3))

p = res.predict(sm.add_constant(evl[feat], has_constant="add"))
y = evl[TARGET]

# baseline: rank by support tickets only (what the CS team does by hand)
print("baseline tickets-only AUC:", round(roc_auc_score(y, evl["support_tickets_30d"]), 4))
print("logit AUC:", round(roc_auc_score(y, p), 4))
print("logit AP :", round(average_precision_score(y, p), 4))
print("brier    :", round(brier_score_loss(y, p), 4))

# gains chart numbers
tmp = pd.DataFrame({"y": y.values, "p": p.values}).sort_values("p", ascending=False)
tmp["bucket"] = np.arange(len(tmp)) * 10 // len(tmp) + 1
print(tmp.groupby("bucket").y.agg(["count", "sum", "mean"]))

# memo: tickets and late payments are the top two drivers per SD; tenure is
# protective. Month-to-month plans should get the proactive outreach first.
