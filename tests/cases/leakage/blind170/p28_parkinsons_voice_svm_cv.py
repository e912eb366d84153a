"""Parkinson's disease detection from voice recordings (UCI `parkinsons.data`).

195 sustained-phonation recordings, 22 acoustic measures, `status` = 1 for PD.
SVM with RBF kernel, 10-fold stratified CV.
"""
import numpy as np
import pandas as pd
from sklearn.model_selection import StratifiedKFold, cross_validate
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC

data = pd.read_csv("parkinsons.data")
print(data.shape)
print(data["status"].value_counts())

# recording names look like phon_R01_S01_1 -> subject S01, recording 1
data["subject"] = data["name"].str.rsplit("_", n=1).str[0]
per_subject = data.groupby("subject").agg(n_recordings=("name", "size"), status=("status", "first"))
print(per_subject["n_recordings"].value_counts())
print("subjects:", len(per_subject), "| PD subjects:", int(per_subject["status"].sum()))

features = data.columns.drop(["name", "status", "subject"])
X = data[features].values
y = data["status"].values

pipe = Pipeline([
    ("scale", StandardScaler()),
    ("svm", SVC(kernel="rbf", C=10, gamma="scale", probability=True, random_state=0)),
])

cv = StratifiedKFold(n_splits=10, shuffle=True, random_state=0)
res = cross_validate(pipe, X, y, cv=cv, scoring=["accuracy", "roc_auc", "f1", "recall"])

for metric in ["accuracy", "roc_auc", "f1", "recall"]:
    vals = res[f"test_{metric}"]
    print(f"{metric:>9}: {vals.mean():.3f} +/- {vals.std():.3f}")

# quick look at which C / gamma combination is best
for C in [1, 10, 100]:
    for gamma in ["scale", 0.01, 0.1]:
        pipe.set_params(svm__C=C, svm__gamma=gamma)
        auc = cross_validate(pipe, X, y, cv=cv, scoring="roc_auc")["test_score"].mean()
        print(f"C={C:<4} gamma={gamma!s:<6} AUC={auc:.3f}")
