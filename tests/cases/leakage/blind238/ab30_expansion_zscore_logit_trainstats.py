# -*- coding: utf-8 -*-
"""
Account expansion -- logistic model on standardised usage descriptors.

I'm an analytical chemist; I treat each account-quarter like a sample and the usage metrics
like descriptors: impute, log-transform the skewed ones, autoscale (z-score), then a regularised
logistic regression. As with a calibration/validation design in chemometrics, the medians, means
and standard deviations come from the calibration set and are applied unchanged to validation.
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

# held-out set: the last 25% of quarters
qs = df["quarter_end"].drop_duplicates().sort_values().to_list()
n_hold = max(1, len(qs) // 4)
hold_qs = qs[-n_hold:]
hold = df["quarter_end"].isin(hold_qs)
print(f"calibration set {(~hold).sum()}  |  validation set {hold.sum()}  ({n_hold} quarters)")


class Autoscaler:
    """median-impute -> log1p(skewed) -> z-score, parameters learned on the calibration set."""

    def fit(self, frame):
        self.med_ = frame[descriptors].median()
        tmp = self._impute_log(frame)
        self.mu_ = tmp.mean()
        self.sd_ = tmp.std(ddof=0).replace(0, 1.0)
        return self

    def _impute_log(self, frame):
        out = frame[descriptors].fillna(self.med_)
        for c in skewed:
            out[c] = np.log1p(out[c])
        return out

    def transform(self, frame):
        return (self._impute_log(frame) - self.mu_) / self.sd_


scaler = Autoscaler().fit(df[~hold])
Xnum = scaler.transform(df)
print("calibration medians:\n", scaler.med_.round(3))

ind = pd.get_dummies(df[["plan_tier", "region", "industry"]], drop_first=True, dtype=float)
X = pd.concat([Xnum, ind, df[["csm_assigned"]].astype(float)], axis=1)
print("design matrix:", X.shape)
print(X.loc[~hold, descriptors].corr().round(2))

Xtr, Xte = X[~hold], X[hold]
ytr, yte = y[~hold], y[hold]

lcv = LogisticRegressionCV(Cs=np.logspace(-3, 1, 9), cv=TimeSeriesSplit(n_splits=5),
                           scoring="roc_auc", max_iter=5000, n_jobs=-1)
lcv.fit(Xtr, ytr)
C_best = float(lcv.C_[0])
print("C chosen:", C_best)

model = LogisticRegression(C=C_best, max_iter=5000).fit(Xtr, ytr)
p = model.predict_proba(Xte)[:, 1]

# blank: predict the calibration-set expansion rate for every sample
p_blank = np.full(len(yte), ytr.mean())
for name, pp in [("blank (calibration rate)", p_blank), ("logistic", p)]:
    print(f"\n{name}")
    print(f"  ROC AUC : {roc_auc_score(yte, pp):.4f}")
    print(f"  PR AUC  : {average_precision_score(yte, pp):.4f}")
    print(f"  log-loss: {log_loss(yte, pp):.4f}")
print(classification_report(yte, (p > 0.5).astype(int), digits=3))

coef = pd.Series(model.coef_[0], index=X.columns).sort_values()
print("\nloadings (standardised coefficients):")
print(coef.round(3).to_string())

resid = pd.DataFrame({"tier": df.loc[hold, "plan_tier"], "y": yte, "p": p})
print(resid.groupby("tier").agg(obs=("y", "mean"), pred=("p", "mean"), n=("y", "size")).round(3))
