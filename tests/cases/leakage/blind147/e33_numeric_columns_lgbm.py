"""Churn-snapshots submission - LightGBM on the numeric columns.

Checks performed (see `audit_split`):
  - declared leaky columns and the target are not among the features
  - customer ids do not cross the fit / validation boundary
  - validation months are strictly later than fit months
"""
import json

import numpy as np
import pandas as pd
from lightgbm import LGBMClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

TASK = json.load(open("task.json"))
TARGET = TASK["target"]
TIME = TASK["time_column"]
GROUP = TASK["group_column"]
ID = TASK["id_column"]
LEAKY = TASK["leaky_columns"]

train = pd.read_csv("train.csv", parse_dates=[TIME])
test = pd.read_csv("test.csv", parse_dates=[TIME])

PLAN_ORDER = {"basic": 0, "standard": 1, "premium": 2}
for frame in (train, test):
    frame["plan_level"] = frame["plan"].map(PLAN_ORDER)
    frame["region_code"] = frame["region"].astype("category").cat.codes
    frame["engagement"] = frame["logins_30d"] / (1 + frame["days_since_last_login"].fillna(30))

NOT_FEATURES = [TARGET, TIME, GROUP] + LEAKY
FEATURES = [c for c in train.select_dtypes(include="number").columns if c not in NOT_FEATURES]
print("features:", FEATURES)


def audit_split(fit_df, val_df, features):
    assert TARGET not in features
    assert not set(LEAKY) & set(features), "leaky column in features"
    assert set(fit_df[GROUP]).isdisjoint(val_df[GROUP]), "customer crosses the split"
    assert fit_df[TIME].max() < val_df[TIME].min(), "validation not strictly later"
    print(f"audit ok: {len(fit_df)} fit / {len(val_df)} val rows, "
          f"{val_df[GROUP].nunique()} unseen customers")


cut = pd.Timestamp("2024-07-01")
fit_df = train[train[TIME] < cut]
val_df = train[(train[TIME] >= cut) & ~train[GROUP].isin(fit_df[GROUP])]
audit_split(fit_df, val_df, FEATURES)

model = LGBMClassifier(n_estimators=500, learning_rate=0.03, num_leaves=15,
                       min_child_samples=40, reg_lambda=1.0, colsample_bytree=0.9,
                       random_state=123, verbose=-1)
model.fit(fit_df[FEATURES], fit_df[TARGET])
proba = model.predict_proba(val_df[FEATURES])[:, 1]

naive = DummyClassifier(strategy="prior").fit(fit_df[FEATURES], fit_df[TARGET])
proba_naive = naive.predict_proba(val_df[FEATURES])[:, 1]

metrics = {
    "roc_auc": roc_auc_score(val_df[TARGET], proba),
    "average_precision": average_precision_score(val_df[TARGET], proba),
    "baseline_roc_auc": roc_auc_score(val_df[TARGET], proba_naive),
    "baseline_average_precision": average_precision_score(val_df[TARGET], proba_naive),
}
print(json.dumps({k: round(v, 4) for k, v in metrics.items()}, indent=2))
json.dump({"roc_auc": round(metrics["roc_auc"], 4)}, open("metrics.json", "w"))

model.fit(train[FEATURES], train[TARGET])
pred = model.predict_proba(test[FEATURES])[:, 1]
pd.DataFrame({ID: test[ID], "prediction": pred}).to_csv("predictions.csv", index=False)
print("predictions written:", len(pred), "rows; mean", pred.mean().round(4))
