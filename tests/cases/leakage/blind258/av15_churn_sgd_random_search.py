#!/usr/bin/env python
# Churn - linear model (SGD, log loss) with elastic net, RandomizedSearchCV.
# Wanted something fast and explainable for the retention team.

import numpy as np
import pandas as pd
from scipy.stats import loguniform, uniform
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import SGDClassifier
from sklearn.metrics import roc_auc_score, average_precision_score
from sklearn.model_selection import RandomizedSearchCV

df = pd.read_csv("train.csv")
y_col = "churned_next_month"

num_cols = ["tenure_months", "monthly_charges", "support_tickets_30d", "logins_30d",
            "data_usage_gb", "num_addons", "payment_failures_90d"]
cat_cols = ["plan", "contract_type", "region"]

# log the skewed counts
for c in ["support_tickets_30d", "logins_30d", "data_usage_gb"]:
    df[c] = np.log1p(df[c])

# standardise numerics (SGD needs it), missing -> 0 after scaling = the mean
df[num_cols] = (df[num_cols] - df[num_cols].mean()) / df[num_cols].std()
df[num_cols] = df[num_cols].fillna(0)
df = pd.get_dummies(df, columns=cat_cols, drop_first=True, dtype=float)
feat = [c for c in df.columns if c in num_cols or any(c.startswith(p + "_") for p in cat_cols)]
print(len(feat), "features")

# time + customer split
months = sorted(df["snapshot_month"].unique())
cutoff = months[-3]
cust = pd.Series(df["customer_id"].unique())
held = set(cust.sample(frac=0.25, random_state=1))
h = df["customer_id"].isin(held)
tr = df[(df["snapshot_month"] < cutoff) & ~h].reset_index(drop=True)
te = df[(df["snapshot_month"] >= cutoff) & h].reset_index(drop=True)

# CV folds for the search: forward months, customer buckets
bk = tr["customer_id"].map(dict(zip(cust, np.arange(len(cust)) % 4))).to_numpy()
mo = tr["snapshot_month"].to_numpy()
cv = [(np.flatnonzero((mo < m) & (bk != i)), np.flatnonzero((mo == m) & (bk == i)))
      for i, m in enumerate(sorted(set(mo))[-4:])]

sgd = SGDClassifier(loss="log_loss", penalty="elasticnet", class_weight="balanced",
                    max_iter=2000, tol=1e-4, random_state=0)
space = {"alpha": loguniform(1e-6, 1e-1), "l1_ratio": uniform(0, 1)}
rs = RandomizedSearchCV(sgd, space, n_iter=50, cv=cv, scoring="roc_auc", random_state=0, n_jobs=-1)
rs.fit(tr[feat], tr[y_col])
print("search best", rs.best_params_, "cv auc", round(rs.best_score_, 4))

p = rs.predict_proba(te[feat])[:, 1]
dm = DummyClassifier(strategy="prior").fit(tr[feat], tr[y_col])
print("test auc %.4f  ap %.4f" % (roc_auc_score(te[y_col], p), average_precision_score(te[y_col], p)))
print("dummy auc %.4f  ap %.4f" % (roc_auc_score(te[y_col], dm.predict_proba(te[feat])[:, 1]),
                                   average_precision_score(te[y_col], dm.predict_proba(te[feat])[:, 1])))

coefs = pd.Series(rs.best_estimator_.coef_[0], index=feat)
print(coefs[coefs.abs() > 0].sort_values())
