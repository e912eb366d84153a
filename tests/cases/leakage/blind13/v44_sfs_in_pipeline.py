"""Heart disease - forward selection evaluated honestly.

The SequentialFeatureSelector is a pipeline step, so the outer CV re-runs the
selection on each outer training fold (nested: the selector has its own inner cv).
"""
from collections import Counter

import numpy as np
import pandas as pd
from sklearn.feature_selection import SequentialFeatureSelector
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import RepeatedStratifiedKFold, StratifiedKFold, cross_validate
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

hd = pd.read_csv("heart_disease_uci.csv")
hd["target"] = (hd["num"] > 0).astype(int)
hd = hd.drop(columns=["id", "num", "dataset"])
hd = pd.get_dummies(hd, columns=["sex", "cp", "restecg", "slope", "thal", "fbs", "exang"], dummy_na=True)
hd = hd.dropna(subset=["trestbps", "chol", "thalch", "oldpeak"]).drop(columns=["ca"])

X = hd.drop(columns=["target"]).astype(float)
y = hd["target"]

inner = StratifiedKFold(5, shuffle=True, random_state=0)
pipe = Pipeline([
    ("scale", StandardScaler()),
    ("sfs", SequentialFeatureSelector(LogisticRegression(max_iter=2000), n_features_to_select=8,
                                      direction="forward", scoring="roc_auc", cv=inner)),
    ("lr", LogisticRegression(max_iter=2000)),
])

outer = RepeatedStratifiedKFold(n_splits=5, n_repeats=2, random_state=1)
res = cross_validate(pipe, X, y, cv=outer, scoring=["roc_auc", "accuracy", "neg_brier_score"],
                     return_estimator=True, n_jobs=-1)

print("outer AUC  : %.3f +/- %.3f" % (res["test_roc_auc"].mean(), res["test_roc_auc"].std()))
print("outer acc  : %.3f" % res["test_accuracy"].mean())
print("outer brier: %.3f" % -res["test_neg_brier_score"].mean())

# how stable is the selected subset across outer folds?
picked = Counter()
for est in res["estimator"]:
    picked.update(X.columns[est.named_steps["sfs"].get_support()])
print(pd.Series(picked).sort_values(ascending=False) / len(res["estimator"]))
