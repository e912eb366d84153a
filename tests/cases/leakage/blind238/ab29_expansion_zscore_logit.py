# -*- coding: utf-8 -*-
"""
Account expansion -- logistic model on standardised usage descriptors.

I'm an analytical chemist; I treat each account-quarter like a sample and the usage metrics
like descriptors: impute, log-transform the skewed ones, autoscale (z-score), then a regularised
logistic regression. Held-out evaluation on the most recent quarters.
"""

import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegressionCV, LogisticRegression
from sklearn.model_selection import TimeSeriesSplit
from sklearn.metrics import roc_auc_score, log_loss, average_precision_score, classification_report

df = pd.read_csv("train.csv", parse_dates=["quarter_end"])
df = df.sort_values("quarter_end").reset_index(drop=True)
y = df["expanded_next_q"].astype(int)

descriptors = ["seats", "arr", "seat_utilization", "active_users", "logins_per_user",
               "support_tickets", "nps_score", "integrations_enabled", "months_to_renewal"]
skewed = ["seats", "arr", "active_users", "support_tickets"]

X = df[descriptors].copy()

# 1) missing values: median of each descriptor
print("missing before:\n", X.isna().sum())
X = X.fillna(X.median())

# 2) log for the skewed ones (counts and money)
for c in skewed:
    X[c] = np.log1p(X[c])

# 3) autoscaling
X = (X - X.mean()) / X.std(ddof=0)

# qualitative descriptors as indicator columns
ind = pd.get_dummies(df[["plan_tier", "region", "industry"]], drop_first=True, dtype=float)
X = pd.concat([X, ind, df[["csm_assigned"]].astype(float)], axis=1)
print("design matrix:", X.shape)

# correlation structure, chemist habit
corr = X[descriptors].corr().round(2)
print(corr)

# held-out set: the last 25% of quarters
qs = df["quarter_end"].drop_duplicates().sort_values().to_list()
n_hold = max(1, len(qs) // 4)
hold_qs = qs[-n_hold:]
hold = df["quarter_end"].isin(hold_qs)
Xtr, Xte = X[~hold], X[hold]
ytr, yte = y[~hold], y[hold]
print(f"calibration set {len(Xtr)}  |  validation set {len(Xte)}  ({n_hold} quarters)")

# regularisation strength by forward-chaining folds on the calibration set (rows sorted by quarter)
lcv = LogisticRegressionCV(Cs=np.logspace(-3, 1, 9), cv=TimeSeriesSplit(n_splits=5), scoring="roc_auc",
                           max_iter=5000, n_jobs=-1)
lcv.fit(Xtr, ytr)
C_best = float(lcv.C_[0])
print("C chosen:", C_best)

model = LogisticRegression(C=C_best, max_iter=5000).fit(Xtr, ytr)
p = model.predict_proba(Xte)[:, 1]

print(f"\nvalidation ROC AUC : {roc_auc_score(yte, p):.4f}")
print(f"validation PR AUC  : {average_precision_score(yte, p):.4f}")
print(f"validation log-loss: {log_loss(yte, p):.4f}")
print(classification_report(yte, (p > 0.5).astype(int), digits=3))

coef = pd.Series(model.coef_[0], index=X.columns).sort_values()
print("\nloadings (standardised coefficients):")
print(coef.round(3).to_string())

# residual check by plan tier
resid = pd.DataFrame({"tier": df.loc[hold, "plan_tier"], "y": yte, "p": p})
print(resid.groupby("tier").agg(obs=("y", "mean"), pred=("p", "mean"), n=("y", "size")).round(3))
