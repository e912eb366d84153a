"""churn-snapshots: lag / trend features per customer + gradient boosting.

Trend features compare this month with the customer's previous snapshots:
previous-month logins, change in logins, 3-month rolling mean of tickets
(excluding the current month), months since first snapshot.
"""
import json

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

task = json.load(open("task.json"))
TARGET, ID = task["target"], task["id_column"]
KEY, TIME = "customer_id", "snapshot_month"

train = pd.read_csv("train.csv", parse_dates=[TIME])
test = pd.read_csv("test.csv", parse_dates=[TIME])
print(train.shape, test.shape)
print(train.groupby(KEY)[TIME].agg(["min", "max", "count"]).describe())


def add_lags(d):
    d = d.sort_values([KEY, TIME]).reset_index(drop=True)
    g = d.groupby(KEY)
    d["logins_prev"] = g["logins_30d"].shift(1)
    d["logins_delta"] = d["logins_30d"] - d["logins_prev"]
    d["tickets_roll3_prev"] = g["support_tickets_30d"].transform(
        lambda s: s.shift(1).rolling(3, min_periods=1).mean())
    d["charges_prev"] = g["monthly_charges"].shift(1)
    d["charges_up"] = (d["monthly_charges"] > d["charges_prev"]).astype(int)
    d["months_observed"] = g.cumcount()
    return d


train = add_lags(train)
test = add_lags(test)

LAG_COLS = ["logins_prev", "logins_delta", "tickets_roll3_prev", "charges_prev"]
train[LAG_COLS] = train[LAG_COLS].fillna(-1)
test[LAG_COLS] = test[LAG_COLS].fillna(-1)

train = pd.get_dummies(train, columns=["plan", "region"], dtype=int)
test = pd.get_dummies(test, columns=["plan", "region"], dtype=int).reindex(columns=train.columns, fill_value=0)
FEATURES = [c for c in train.columns
            if c not in {TARGET, ID, KEY, TIME, *task["leaky_columns"]}]
print(FEATURES)

cut = pd.Timestamp("2024-07-01")
tr = train[train[TIME] < cut]
va = train[(train[TIME] >= cut) & ~train[KEY].isin(tr[KEY])]
print("fit", tr.shape, "valid", va.shape)

gb = GradientBoostingClassifier(n_estimators=250, max_depth=3, learning_rate=0.05,
                                subsample=0.8, random_state=4)
gb.fit(tr[FEATURES], tr[TARGET])
ref = DummyClassifier(strategy="prior").fit(tr[FEATURES], tr[TARGET])

for label, est in (("dummy", ref), ("gbm", gb)):
    pr = est.predict_proba(va[FEATURES])[:, 1]
    print(f"{label:>6}: roc_auc={roc_auc_score(va[TARGET], pr):.4f} ap={average_precision_score(va[TARGET], pr):.4f}")

pr = gb.predict_proba(va[FEATURES])[:, 1]
imp = pd.Series(gb.feature_importances_, index=FEATURES).sort_values(ascending=False)
print(imp.head(10))

gb_full = GradientBoostingClassifier(n_estimators=250, max_depth=3, learning_rate=0.05,
                                     subsample=0.8, random_state=4).fit(train[FEATURES], train[TARGET])
out = pd.DataFrame({ID: test[ID], "prediction": gb_full.predict_proba(test[FEATURES])[:, 1]})
out.to_csv("predictions.csv", index=False)
json.dump({"roc_auc": round(float(roc_auc_score(va[TARGET], pr)), 4)}, open("metrics.json", "w"))
