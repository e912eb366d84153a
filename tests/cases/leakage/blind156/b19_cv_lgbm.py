"""Cross-validated LightGBM for churn-snapshots.

A customer contributes up to nine monthly rows, so rows of the same customer
must never be split between fitting and scoring: GroupKFold on customer_id.
Each fold also scores a prior-only DummyClassifier for reference.
"""
import json

import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import GroupKFold

task = json.load(open("task.json"))
TARGET, ID, GROUP = task["target"], task["id_column"], task["group_column"]
LEAKY = task["leaky_columns"]

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(df.shape, df[GROUP].nunique(), "customers")
print(df[TARGET].mean())


def make_features(d):
    d = d.copy()
    d["snapshot_month"] = pd.to_datetime(d["snapshot_month"])
    d["tenure_years"] = d["tenure_months"] / 12
    d["no_recent_login"] = (d["days_since_last_login"] > 30).astype(int)
    d["ticket_rate"] = d["support_tickets_30d"] / (d["logins_30d"] + 1)
    d["charges_bucket"] = pd.cut(d["monthly_charges"], bins=[0, 20, 40, 60, 90, 1e9], labels=False)
    for c in ["plan", "region"]:
        d[c] = d[c].astype("category")
    return d


df = make_features(df)
test = make_features(test)
for c in ["plan", "region"]:
    test[c] = pd.Categorical(test[c], categories=df[c].cat.categories)

features = [c for c in df.columns if c not in [TARGET, ID, GROUP, "snapshot_month", *LEAKY]]
print(features)

X, y, groups = df[features], df[TARGET], df[GROUP]
params = dict(n_estimators=300, learning_rate=0.05, num_leaves=31, min_child_samples=50,
              colsample_bytree=0.8, reg_lambda=1.0, random_state=0, verbose=-1)

gkf = GroupKFold(n_splits=5)
rows = []
oof = np.zeros(len(df))
for fold, (tr_idx, va_idx) in enumerate(gkf.split(X, y, groups)):
    model = lgb.LGBMClassifier(**params)
    model.fit(X.iloc[tr_idx], y.iloc[tr_idx])
    oof[va_idx] = model.predict_proba(X.iloc[va_idx])[:, 1]
    dummy = DummyClassifier(strategy="prior").fit(X.iloc[tr_idx], y.iloc[tr_idx])
    d_pred = dummy.predict_proba(X.iloc[va_idx])[:, 1]
    rows.append({
        "fold": fold,
        "auc": roc_auc_score(y.iloc[va_idx], oof[va_idx]),
        "ap": average_precision_score(y.iloc[va_idx], oof[va_idx]),
        "dummy_auc": roc_auc_score(y.iloc[va_idx], d_pred),
        "dummy_ap": average_precision_score(y.iloc[va_idx], d_pred),
    })
cv = pd.DataFrame(rows)
print(cv.round(4))
print(cv.mean().round(4))
print("OOF AUC:", round(roc_auc_score(y, oof), 4))

final = lgb.LGBMClassifier(**params).fit(X, y)
pd.DataFrame({ID: test[ID], "prediction": final.predict_proba(test[features])[:, 1]}).to_csv(
    "predictions.csv", index=False)
json.dump({"roc_auc": round(cv["auc"].mean(), 4), "average_precision": round(cv["ap"].mean(), 4)},
          open("metrics.json", "w"))
