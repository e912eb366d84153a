"""churn-snapshots: XGBoost with customer history features.

Every customer feature is built from that customer's *earlier* snapshots only
(shifted expanding statistics), so a row never sees its own future.
"""
import json

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from xgboost import XGBClassifier

meta = json.load(open("task.json"))
TARGET, ID, GROUP, TIME = meta["target"], meta["id_column"], meta["group_column"], meta["time_column"]

train = pd.read_csv("train.csv", parse_dates=[TIME])
test = pd.read_csv("test.csv", parse_dates=[TIME])
print(train.groupby(GROUP).size().value_counts().sort_index())


def add_history(d):
    d = d.sort_values([GROUP, TIME]).copy()
    g = d.groupby(GROUP)
    d["hist_avg_logins"] = g["logins_30d"].transform(lambda s: s.shift(1).expanding().mean())
    d["hist_min_logins"] = g["logins_30d"].transform(lambda s: s.shift(1).expanding().min())
    d["hist_max_tickets"] = g["support_tickets_30d"].transform(lambda s: s.shift(1).expanding().max())
    d["n_prior_snapshots"] = g.cumcount()
    d["logins_vs_hist_avg"] = d["logins_30d"] - d["hist_avg_logins"]
    d["charges_change_1m"] = g["monthly_charges"].diff()
    return d


train = add_history(train)
test = add_history(test)

for c in ["plan", "region"]:
    train[c] = train[c].astype("category")
    test[c] = pd.Categorical(test[c], categories=train[c].cat.categories)

FEATURES = ["tenure_months", "plan", "region", "monthly_charges", "has_discount", "logins_30d",
            "days_since_last_login", "support_tickets_30d", "payment_failures_90d",
            "hist_avg_logins", "hist_min_logins", "hist_max_tickets", "n_prior_snapshots",
            "logins_vs_hist_avg", "charges_change_1m"]
assert not set(FEATURES) & set(meta["leaky_columns"])

# validation: fit on Jan-Jun, score Jul-Sep rows of customers not present in Jan-Jun
cut = pd.Timestamp("2024-07-01")
tr = train[train[TIME] < cut]
va = train[(train[TIME] >= cut) & ~train[GROUP].isin(tr[GROUP].unique())]
print(tr.shape, va.shape, round(va[TARGET].mean(), 4))

params = dict(n_estimators=350, max_depth=4, learning_rate=0.05, subsample=0.9,
              colsample_bytree=0.8, enable_categorical=True, tree_method="hist",
              eval_metric="auc", random_state=3)
xgb = XGBClassifier(**params).fit(tr[FEATURES], tr[TARGET])
dummy = DummyClassifier(strategy="prior").fit(tr[FEATURES], tr[TARGET])

res = {}
for name, m in {"dummy_prior": dummy, "xgboost": xgb}.items():
    p = m.predict_proba(va[FEATURES])[:, 1]
    res[name] = {"auc": roc_auc_score(va[TARGET], p), "ap": average_precision_score(va[TARGET], p)}
print(pd.DataFrame(res).round(4))
print(pd.Series(xgb.feature_importances_, index=FEATURES).sort_values(ascending=False).head(10))

final = XGBClassifier(**params).fit(train[FEATURES], train[TARGET])
test["prediction"] = final.predict_proba(test[FEATURES])[:, 1]
test[[ID, "prediction"]].to_csv("predictions.csv", index=False)
json.dump({"roc_auc": round(res["xgboost"]["auc"], 4)}, open("metrics.json", "w"))
