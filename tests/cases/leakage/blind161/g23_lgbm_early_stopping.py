# -*- coding: utf-8 -*-
"""LightGBM churn model with early stopping.

Holdout = Jul-Sep 2024 snapshots of customers first seen after June (test.csv is later months and
other customers, so this is the closest local proxy).
"""
import json
import os

import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

DATA_DIR = os.environ.get("DATA_DIR", ".")
task = json.load(open(os.path.join(DATA_DIR, "task.json")))
TARGET = task["target"]
TIME = task["time_column"]
CUST = task["group_column"]
IDC = task["id_column"]
EXCLUDE = set(task["leaky_columns"]) | {TARGET, TIME, CUST, IDC}

train = pd.read_csv(os.path.join(DATA_DIR, "train.csv"), parse_dates=[TIME])
test_bundle = pd.read_csv(os.path.join(DATA_DIR, "test.csv"), parse_dates=[TIME])

print(f"{len(train)} snapshots, {train[CUST].nunique()} customers, churn {train[TARGET].mean():.2%}")


def build_features(df):
    df = df.sort_values([CUST, TIME]).copy()
    grp = df.groupby(CUST)
    df["logins_lag1"] = grp["logins_30d"].shift(1)
    df["logins_trend"] = df["logins_30d"] - df["logins_lag1"]
    df["tickets_prev_total"] = grp["support_tickets_30d"].transform(lambda s: s.shift(1).cumsum()).fillna(0)
    df["plan"] = df["plan"].map({"basic": 0, "standard": 1, "premium": 2})
    df = pd.get_dummies(df, columns=["region"], dtype=int)
    return df


train = build_features(train)
test_bundle = build_features(test_bundle)
FEATURES = [c for c in train.columns if c not in EXCLUDE]
test_bundle = test_bundle.reindex(columns=list(train.columns.drop(TARGET)), fill_value=0)
print("features:", FEATURES)

cut = pd.Timestamp("2024-07-01")
tr = train[train[TIME] < cut]
te = train[(train[TIME] >= cut) & (~train[CUST].isin(tr[CUST]))]
X_train, y_train = tr[FEATURES], tr[TARGET]
X_test, y_test = te[FEATURES], te[TARGET]

clf = lgb.LGBMClassifier(
    n_estimators=5000, learning_rate=0.02, num_leaves=31, min_child_samples=30,
    subsample=0.8, subsample_freq=1, colsample_bytree=0.7, reg_lambda=1.0,
    is_unbalance=True, random_state=0, verbose=-1,
)
clf.fit(
    X_train, y_train,
    eval_set=[(X_test, y_test)],
    eval_metric="auc",
    callbacks=[lgb.early_stopping(100), lgb.log_evaluation(200)],
)
best_iter = clf.best_iteration_
p_test = clf.predict_proba(X_test, num_iteration=best_iter)[:, 1]

dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)
p_dummy = dummy.predict_proba(X_test)[:, 1]

metrics = {
    "roc_auc": roc_auc_score(y_test, p_test),
    "average_precision": average_precision_score(y_test, p_test),
}
print(f"best iteration: {best_iter}")
print(f"dummy    ROC AUC {roc_auc_score(y_test, p_dummy):.4f} AP {average_precision_score(y_test, p_dummy):.4f}")
print(f"LightGBM ROC AUC {metrics['roc_auc']:.4f} AP {metrics['average_precision']:.4f}")

final = lgb.LGBMClassifier(
    n_estimators=best_iter, learning_rate=0.02, num_leaves=31, min_child_samples=30,
    subsample=0.8, subsample_freq=1, colsample_bytree=0.7, reg_lambda=1.0,
    is_unbalance=True, random_state=0, verbose=-1,
).fit(train[FEATURES], train[TARGET])
preds = final.predict_proba(test_bundle[FEATURES])[:, 1]
pd.DataFrame({IDC: test_bundle[IDC], "prediction": preds}).to_csv("predictions.csv", index=False)
with open("metrics.json", "w") as fh:
    json.dump(metrics, fh, indent=2)
