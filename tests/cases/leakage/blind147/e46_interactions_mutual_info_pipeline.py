"""Churn-snapshots: pairwise interaction features, mutual-information screening,
logistic regression.

Pipeline of work:
  1. audit columns against task.json (leaky columns, ids, target removed)
  2. build pairwise interactions of the usage columns
  3. validate on Jul-Sep snapshots of customers unseen in Jan-Jun
  4. inside the model pipeline: keep the 12 most informative features (mutual
     information with the label, learned from the fitting rows), scale, fit
"""
import itertools
import json

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.feature_selection import SelectKBest, mutual_info_classif
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

cfg = json.load(open("task.json"))
TARGET, TIME, GROUP, ID = cfg["target"], cfg["time_column"], cfg["group_column"], cfg["id_column"]

raw = pd.read_csv("train.csv", parse_dates=[TIME])
raw_test = pd.read_csv("test.csv", parse_dates=[TIME])

USAGE = ["tenure_months", "monthly_charges", "logins_30d", "days_since_last_login",
         "support_tickets_30d", "payment_failures_90d"]


def build(df):
    X = df[USAGE + ["has_discount"]].copy()
    X["days_since_last_login"] = X["days_since_last_login"].fillna(90)
    for a, b in itertools.combinations(USAGE, 2):
        X[f"{a}__x__{b}"] = X[a] * X[b]
    X = X.join(pd.get_dummies(df[["plan", "region"]], dtype=int))
    return X


X = build(raw)
y = raw[TARGET]
assert not (set(cfg["leaky_columns"]) | {TARGET, ID, GROUP}) & set(X.columns)
print("candidate features:", X.shape[1])

cut = pd.Timestamp("2024-07-01")
fit_mask = raw[TIME] < cut
val_mask = ~fit_mask & ~raw[GROUP].isin(raw.loc[fit_mask, GROUP])
assert raw.loc[fit_mask, TIME].max() < raw.loc[val_mask, TIME].min()
assert not set(raw.loc[fit_mask, GROUP]) & set(raw.loc[val_mask, GROUP])

clf = make_pipeline(SelectKBest(mutual_info_classif, k=12), StandardScaler(),
                    LogisticRegression(C=0.2, class_weight="balanced", max_iter=5000))
clf.fit(X[fit_mask], y[fit_mask])
chosen = X.columns[clf.named_steps["selectkbest"].get_support()].tolist()
print("selected on the fitting rows:", chosen)
p = clf.predict_proba(X[val_mask])[:, 1]
base = DummyClassifier(strategy="prior").fit(X[fit_mask], y[fit_mask])
p0 = base.predict_proba(X[val_mask])[:, 1]
print("baseline  AUC %.4f  AP %.4f" % (roc_auc_score(y[val_mask], p0),
                                       average_precision_score(y[val_mask], p0)))
print("model     AUC %.4f  AP %.4f" % (roc_auc_score(y[val_mask], p),
                                       average_precision_score(y[val_mask], p)))

clf.fit(X, y)
X_test = build(raw_test).reindex(columns=X.columns, fill_value=0)
pd.DataFrame({ID: raw_test[ID], "prediction": clf.predict_proba(X_test)[:, 1]}) \
    .to_csv("predictions.csv", index=False)
