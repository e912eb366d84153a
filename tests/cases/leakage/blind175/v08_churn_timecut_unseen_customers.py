"""
Churn prediction - gradient boosting, time-based holdout on new customers.

The Oct-Dec file holds *other* customers, so the validation quarter keeps
only customers the model never saw in Jan-Jun. Month-over-month change
features use each customer's previous snapshot only (shift), never later ones.
"""
import json

import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

with open("task.json") as f:
    task = json.load(f)
TARGET = task["target"]
TIME = task["time_column"]
GROUP = task["group_column"]
ID = task["id_column"]

BASE = ["tenure_months", "plan", "region", "monthly_charges", "has_discount",
        "logins_30d", "days_since_last_login", "support_tickets_30d",
        "payment_failures_90d"]
CATEGORICAL = ["plan", "region"]

train = pd.read_csv("train.csv", parse_dates=[TIME])
test = pd.read_csv("test.csv", parse_dates=[TIME])


def add_history(frame: pd.DataFrame) -> pd.DataFrame:
    frame = frame.sort_values([GROUP, TIME]).copy()
    g = frame.groupby(GROUP)
    frame["logins_prev"] = g["logins_30d"].shift(1)
    frame["logins_change"] = frame["logins_30d"] - frame["logins_prev"]
    frame["tickets_prev"] = g["support_tickets_30d"].shift(1)
    frame["months_observed"] = g.cumcount()
    return frame


train = add_history(train)
test = add_history(test)
FEATURES = BASE + ["logins_prev", "logins_change", "tickets_prev", "months_observed"]


def prep(frame, categories=None):
    out = frame[FEATURES].copy()
    for c in CATEGORICAL:
        cats = None if categories is None else categories[c]
        out[c] = pd.Categorical(out[c], categories=cats)
    return out


# ---- time split, unseen customers only on the validation side ---------------
cutoff = pd.Timestamp("2024-07-01")
tr = train[train[TIME] < cutoff]
va = train[train[TIME] >= cutoff]
va = va[~va[GROUP].isin(tr[GROUP].unique())]
print(f"train {len(tr)} rows / {tr[GROUP].nunique()} customers; "
      f"validation {len(va)} rows / {va[GROUP].nunique()} new customers")

X_tr = prep(tr)
cat_map = {c: X_tr[c].cat.categories for c in CATEGORICAL}
X_va = prep(va, cat_map)
y_tr, y_va = tr[TARGET], va[TARGET]
cat_idx = [FEATURES.index(c) for c in CATEGORICAL]

params = dict(learning_rate=0.05, max_iter=300, max_leaf_nodes=15,
              categorical_features=cat_idx, random_state=0)
gbm = HistGradientBoostingClassifier(**params).fit(X_tr, y_tr)
dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)

scores = {}
for name, mdl in [("baseline_prior", dummy), ("hist_gbm", gbm)]:
    p = mdl.predict_proba(X_va)[:, 1]
    scores[name] = {"roc_auc": roc_auc_score(y_va, p), "pr_auc": average_precision_score(y_va, p)}
print(pd.DataFrame(scores).T.round(4))

va = va.assign(p=gbm.predict_proba(X_va)[:, 1])
print(va.groupby(TIME).apply(
    lambda g: pd.Series({"n": len(g), "churn_rate": g[TARGET].mean(),
                         "auc": roc_auc_score(g[TARGET], g.p) if g[TARGET].nunique() > 1 else np.nan})
).round(4))

# ---- refit on Jan-Sep and score Oct-Dec ------------------------------------
X_all = prep(train)
cat_all = {c: X_all[c].cat.categories for c in CATEGORICAL}
final = HistGradientBoostingClassifier(**params).fit(X_all, train[TARGET])
X_te = prep(test, cat_all)
pd.DataFrame({ID: test[ID], "prediction": final.predict_proba(X_te)[:, 1]}).to_csv(
    "predictions.csv", index=False)
