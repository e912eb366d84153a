"""Churn-snapshots submission.

Feature list is derived from task.json: drop the target, the row id, the customer key, the
date and every column the task flags as leaky; the rest goes into a gradient boosting model.
"""
import json

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

task = json.load(open("task.json"))
TARGET, ID_COL = task["target"], task["id_column"]
TIME_COL, GROUP_COL = task["time_column"], task["group_column"]
LEAKY = task.get("leaky_columns", [])

train_df = pd.read_csv("train.csv")
test_df = pd.read_csv("test.csv")

drop = {TARGET, ID_COL, TIME_COL, GROUP_COL, "plan", "region", *LEAKY}
FEATURES = [c for c in train_df.columns if c not in drop]
print("features:", FEATURES)
print("excluded:", sorted(drop))


def to_X(frame):
    a = frame[FEATURES].to_numpy(dtype=float)
    plan_dummies = pd.get_dummies(frame["plan"], dtype=float).reindex(
        columns=["basic", "standard", "premium"], fill_value=0)
    return np.hstack([a, plan_dummies.to_numpy()])


X = to_X(train_df)
y = train_df[TARGET].to_numpy()
when = pd.to_datetime(train_df[TIME_COL]).to_numpy()
who = train_df[GROUP_COL].to_numpy()

boundary = np.datetime64("2024-07-01")
early = np.where(when < boundary)[0]
late = np.where(when >= boundary)[0]
late = late[~np.isin(who[late], who[early])]
print("train rows", early.size, "| validation rows", late.size)

gb = HistGradientBoostingClassifier(max_iter=400, learning_rate=0.04, max_leaf_nodes=15, random_state=0)
gb.fit(X[early], y[early])
dummy = DummyClassifier(strategy="prior").fit(X[early], y[early])

p_gb = gb.predict_proba(X[late])[:, 1]
p_dm = dummy.predict_proba(X[late])[:, 1]
print("dummy AUC %.3f AP %.3f" % (roc_auc_score(y[late], p_dm), average_precision_score(y[late], p_dm)))
print("HGB   AUC %.3f AP %.3f" % (roc_auc_score(y[late], p_gb), average_precision_score(y[late], p_gb)))

gb.fit(X, y)
pred = gb.predict_proba(to_X(test_df))[:, 1]
assert np.isfinite(pred).all()
pd.DataFrame({ID_COL: test_df[ID_COL], "prediction": pred}).to_csv("predictions.csv", index=False)
