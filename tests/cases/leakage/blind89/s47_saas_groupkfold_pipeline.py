"""SaaS next-month churn – selection + model in one pipeline, account-grouped CV.

All snapshots of an account fall in the same fold, so the model is never scored on an
account it has seen during training.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import ExtraTreesClassifier, HistGradientBoostingClassifier
from sklearn.feature_selection import SelectFromModel
from sklearn.model_selection import GroupKFold, cross_validate
from sklearn.pipeline import Pipeline

df = pd.read_csv("train.csv", parse_dates=["month"])
usage = [c for c in df.columns if c.startswith(("feat_", "usage_"))]
numeric = usage + ["seats", "mrr", "logins_total", "active_users", "support_tickets",
                   "nps_last", "days_since_last_login", "invoices_overdue"]

X = df[numeric].fillna(0)
X["active_ratio"] = df["active_users"] / df["seats"].clip(lower=1)
X["calendar_month"] = df["month"].dt.month
X = X.join(pd.get_dummies(df["plan"], prefix="plan", dtype=float))
y = df["churn_next_month"].astype(int)
groups = df["account_id"]
print(X.shape, "accounts:", groups.nunique(), "positive rate:", round(y.mean(), 4))

pipe = Pipeline([
    ("select", SelectFromModel(ExtraTreesClassifier(n_estimators=300, min_samples_leaf=20,
                                                    n_jobs=-1, random_state=0),
                               threshold="mean")),
    ("clf", HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05,
                                           max_leaf_nodes=31, random_state=0)),
])

cv = GroupKFold(n_splits=5)
scoring = ["roc_auc", "average_precision"]
res = cross_validate(pipe, X, y, groups=groups, cv=cv, scoring=scoring, return_estimator=True, n_jobs=-1)
base = cross_validate(DummyClassifier(strategy="prior"), X, y, groups=groups, cv=cv, scoring=scoring)

for s in scoring:
    print(f"{s:18s} pipeline {res['test_' + s].mean():.4f} ± {res['test_' + s].std():.4f}   "
          f"prior {base['test_' + s].mean():.4f}")

support = np.array([est.named_steps["select"].get_support() for est in res["estimator"]])
freq = pd.Series(support.mean(axis=0), index=X.columns).sort_values(ascending=False)
print("selection frequency across folds:")
print(freq[freq > 0].to_string())
