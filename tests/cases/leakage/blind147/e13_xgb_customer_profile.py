"""churn-snapshots take-home - XGBoost with customer behaviour profile features.

Memo notes:
* leaky columns are read from task.json and removed before modelling;
* validation = Jul-Sep snapshots of customers with no snapshot before July;
* metric = ROC AUC (task metric), plus average precision since churn is ~5%.
"""
import json

import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

task = json.load(open("task.json"))
TARGET, TIME = task["target"], task["time_column"]
CUST, ID = task["group_column"], task["id_column"]
LEAKY = task["leaky_columns"]

train = pd.read_csv("train.csv", parse_dates=[TIME])
test = pd.read_csv("test.csv", parse_dates=[TIME])
train["is_train"] = 1
test["is_train"] = 0
both = pd.concat([train, test], ignore_index=True)
both = both.sort_values([CUST, TIME]).reset_index(drop=True)

# ---------------------------------------------------------------------------
# Customer profile: how this customer typically behaves.
# ---------------------------------------------------------------------------
g = both.groupby(CUST)
both["cust_avg_logins"] = g["logins_30d"].transform("mean")
both["cust_max_tickets"] = g["support_tickets_30d"].transform("max")
both["cust_n_snapshots"] = g[TIME].transform("count")
both["low_usage"] = (both["logins_30d"] < 2).astype(int)
both["month_idx"] = both[TIME].dt.month
both = pd.get_dummies(both, columns=["plan", "region"], dtype=int)

# ---------------------------------------------------------------------------
# Audit
# ---------------------------------------------------------------------------
NON_FEATURES = {TARGET, TIME, CUST, ID, "is_train", *LEAKY}
FEATURES = [c for c in both.columns if c not in NON_FEATURES]
assert not set(LEAKY) & set(FEATURES)
assert all(not c.startswith(("retention", "account_closed")) for c in FEATURES)

lab = both[both["is_train"] == 1].copy()
unl = both[both["is_train"] == 0].copy()

cut = pd.Timestamp("2024-07-01")
first_seen = lab.groupby(CUST)[TIME].min()
new_after_cut = first_seen[first_seen >= cut].index
dev = lab[lab[TIME] < cut]
val = lab[(lab[TIME] >= cut) & lab[CUST].isin(new_after_cut)]
assert dev[TIME].max() < val[TIME].min()
assert set(dev[CUST]).isdisjoint(val[CUST])
print("dev", dev.shape, "val", val.shape, "val positives", int(val[TARGET].sum()))

# ---------------------------------------------------------------------------
# Model
# ---------------------------------------------------------------------------
spw = (dev[TARGET] == 0).sum() / max((dev[TARGET] == 1).sum(), 1)
clf = xgb.XGBClassifier(n_estimators=350, max_depth=4, learning_rate=0.05,
                        subsample=0.8, colsample_bytree=0.8, min_child_weight=5,
                        scale_pos_weight=spw, eval_metric="auc", random_state=3)
clf.fit(dev[FEATURES], dev[TARGET])
p_val = clf.predict_proba(val[FEATURES])[:, 1]

dummy = DummyClassifier(strategy="prior").fit(dev[FEATURES], dev[TARGET])
p_dum = dummy.predict_proba(val[FEATURES])[:, 1]

print("DummyClassifier(prior): AUC=%.3f AP=%.3f"
      % (roc_auc_score(val[TARGET], p_dum), average_precision_score(val[TARGET], p_dum)))
print("XGBoost:                AUC=%.3f AP=%.3f"
      % (roc_auc_score(val[TARGET], p_val), average_precision_score(val[TARGET], p_val)))

clf.fit(lab[FEATURES], lab[TARGET])
pred = clf.predict_proba(unl[FEATURES])[:, 1]
pd.DataFrame({ID: unl[ID].astype(int), "prediction": pred}).to_csv("predictions.csv", index=False)
