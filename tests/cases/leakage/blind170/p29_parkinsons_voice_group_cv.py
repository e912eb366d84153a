"""Parkinson's detection from voice (UCI `parkinsons.data`), cross-validated by subject.

Every subject contributes ~6 recordings, so folds are built on subjects, not recordings.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import StratifiedGroupKFold, cross_validate
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC

data = pd.read_csv("parkinsons.data")
data["subject"] = data["name"].str.rsplit("_", n=1).str[0]
print(data.groupby("subject")["status"].agg(["size", "first"]).describe())

feature_cols = [c for c in data.columns if c not in ("name", "status", "subject")]
X = data[feature_cols].to_numpy()
y = data["status"].to_numpy()
groups = data["subject"].to_numpy()

cv = StratifiedGroupKFold(n_splits=5, shuffle=True, random_state=0)
metrics = ["roc_auc", "balanced_accuracy", "f1"]

models = {
    "majority baseline": DummyClassifier(strategy="most_frequent"),
    "svm rbf": make_pipeline(StandardScaler(), SVC(kernel="rbf", C=10, gamma="scale")),
}

table = {}
for name, model in models.items():
    res = cross_validate(model, X, y, groups=groups, cv=cv, scoring=metrics)
    table[name] = {m: res[f"test_{m}"].mean() for m in metrics}

print(pd.DataFrame(table).T.round(3))

# sanity check: no subject appears on both sides of any fold
for tr, va in cv.split(X, y, groups):
    assert not set(groups[tr]) & set(groups[va])
print("folds are subject-disjoint")
