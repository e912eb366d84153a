#!/usr/bin/env python
"""Lapse at renewal - logistic regression on the top-k features by mutual information.

There are ~40 columns after one-hot encoding and a lot of them are noise (region dummies etc),
so keep the 15 most informative ones and fit a regularised logit. Test = 2022 renewals.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.feature_selection import SelectKBest, mutual_info_classif
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

df = pd.read_csv("train.csv", parse_dates=["renewal_date"])
df = df.drop(columns=["lapse_reason", "days_to_cancel"])  # outcome-side fields

df["price_ratio"] = df["premium_new"] / df["premium_prev"]
df["log_premium_new"] = np.log(df["premium_new"])
df["tenure_years"] = df["policy_year"] - 1
df["claims_flag"] = (df["claims_last_year"] > 0).astype(int)
df["contacted"] = (df["n_contacts_90d"] > 0).astype(int)
df["renewal_month"] = df["renewal_date"].dt.month
df = pd.get_dummies(df, columns=["channel", "product", "region", "payment_method"], dtype=float)

candidates = [c for c in df.columns if c not in ("policy_year_id", "policy_id", "renewal_date", "lapsed")]
X_all = df[candidates].fillna(0)
y_all = df["lapsed"]

selector = SelectKBest(mutual_info_classif, k=15)
selector.fit(X_all, y_all)
mi = pd.Series(selector.scores_, index=candidates).sort_values(ascending=False)
print(mi.head(20).round(4))
keep = list(X_all.columns[selector.get_support()])
print("kept:", keep)

is_test = df["renewal_date"] >= "2022-01-01"
X_train, X_test = X_all.loc[~is_test, keep], X_all.loc[is_test, keep]
y_train, y_test = y_all[~is_test], y_all[is_test]
print(f"train {len(X_train)} ({y_train.mean():.3f} lapse)  test {len(X_test)} ({y_test.mean():.3f} lapse)")

model = make_pipeline(StandardScaler(), LogisticRegression(C=0.3, max_iter=1000))
model.fit(X_train, y_train)
p = model.predict_proba(X_test)[:, 1]

dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)
p0 = dummy.predict_proba(X_test)[:, 1]

print(f"dummy  AUC {roc_auc_score(y_test, p0):.3f}  AP {average_precision_score(y_test, p0):.3f}")
print(f"logit  AUC {roc_auc_score(y_test, p):.3f}  AP {average_precision_score(y_test, p):.3f}")

coef = pd.Series(model[-1].coef_[0], index=keep).sort_values()
print(coef.round(3))
