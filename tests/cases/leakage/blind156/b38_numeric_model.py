"""Churn next month - numeric features + logistic regression / random forest.

Both model families are compared against a prior dummy on a Jul-Sep holdout of
customers that do not appear before July. The forest is the submitted model
(decided before looking at the holdout; logistic regression is a sanity check).
"""
import json

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

task = json.load(open("task.json"))
TARGET = task["target"]
ID = task["id_column"]

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(df.dtypes)
print(df.select_dtypes("number").corr()[TARGET].sort_values())

# identifiers (row id and customer key), the date string and the flagged post-outcome columns
to_drop = [TARGET, ID, "customer_id", "snapshot_month"] + task["leaky_columns"]
X_all = pd.get_dummies(df.drop(columns=to_drop), columns=["plan", "region"], dtype=int)
X_test = pd.get_dummies(test.drop(columns=[c for c in to_drop if c in test.columns]),
                        columns=["plan", "region"], dtype=int).reindex(columns=X_all.columns, fill_value=0)
y_all = df[TARGET]
print(list(X_all.columns))

month = pd.to_datetime(df["snapshot_month"])
train_mask = month < "2024-07-01"
seen = df.loc[train_mask, "customer_id"].unique()
valid_mask = (month >= "2024-07-01") & ~df["customer_id"].isin(seen)
X_tr, y_tr = X_all[train_mask], y_all[train_mask]
X_va, y_va = X_all[valid_mask], y_all[valid_mask]
print(X_tr.shape, X_va.shape)

candidates = {
    "dummy": DummyClassifier(strategy="prior"),
    "logreg": make_pipeline(SimpleImputer(strategy="median"), StandardScaler(),
                            LogisticRegression(max_iter=2000, class_weight="balanced")),
    "forest": make_pipeline(SimpleImputer(strategy="median"),
                            RandomForestClassifier(n_estimators=300, min_samples_leaf=20,
                                                   class_weight="balanced", n_jobs=-1, random_state=0)),
}
scores = {}
for name, est in candidates.items():
    est.fit(X_tr, y_tr)
    p = est.predict_proba(X_va)[:, 1]
    scores[name] = {"roc_auc": roc_auc_score(y_va, p), "pr_auc": average_precision_score(y_va, p)}
print(pd.DataFrame(scores).T.round(4))

forest = candidates["forest"].fit(X_all, y_all)
pd.DataFrame({ID: test[ID], "prediction": forest.predict_proba(X_test)[:, 1]}).to_csv(
    "predictions.csv", index=False)
json.dump({"roc_auc": round(scores["forest"]["roc_auc"], 4)}, open("metrics.json", "w"))
