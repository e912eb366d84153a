"""Readmission - compact logistic model with RFE, validated by patient.

RFE is part of the pipeline, so `cross_validate` reruns the elimination on
each fold's training patients; the custom splitter keeps patients together."""
import json

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.feature_selection import RFE
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import BaseCrossValidator, cross_validate
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

task = json.load(open("task.json"))
TARGET, PAT, ENC = task["target"], task["group_column"], task["id_column"]

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")


def expand(frame):
    X = frame[["age", "length_of_stay", "num_diagnoses", "num_procedures", "num_medications",
               "prior_admissions_12m", "hba1c_tested"]].astype(float).copy()
    X["los_gt_7"] = (X["length_of_stay"] > 7).astype(float)
    X["age_over_75"] = (X["age"] > 75).astype(float)
    X["meds_per_dx"] = X["num_medications"] / (X["num_diagnoses"] + 1)
    dummies = pd.get_dummies(frame[["sex", "admission_type", "discharge_disposition", "insurance"]],
                             dtype=float)
    return pd.concat([X, dummies], axis=1)


class PatientFolds(BaseCrossValidator):
    def __init__(self, n_splits=5, seed=11):
        self.n_splits = n_splits
        self.seed = seed

    def get_n_splits(self, X=None, y=None, groups=None):
        return self.n_splits

    def split(self, X, y=None, groups=None):
        patients = pd.Series(np.asarray(groups))
        uniq = np.random.default_rng(self.seed).permutation(patients.unique())
        fold = patients.map(pd.Series(np.arange(len(uniq)) % self.n_splits, index=uniq)).to_numpy()
        for i in range(self.n_splits):
            yield np.flatnonzero(fold != i), np.flatnonzero(fold == i)


X_full = expand(df)
X_test = expand(test).reindex(columns=X_full.columns, fill_value=0.0)
y = df[TARGET].to_numpy()

compact = Pipeline([
    ("imp", SimpleImputer(strategy="constant", fill_value=0)),
    ("sc", StandardScaler()),
    ("rfe", RFE(LogisticRegression(max_iter=3000), n_features_to_select=10, step=2)),
    ("lr", LogisticRegression(max_iter=3000)),
])
cv = PatientFolds(n_splits=5, seed=11)
scoring = ["roc_auc", "average_precision", "neg_brier_score"]

res = cross_validate(compact, X_full, y, groups=df[PAT], cv=cv, scoring=scoring)
res_dummy = cross_validate(DummyClassifier(strategy="prior"), X_full, y, groups=df[PAT], cv=cv,
                           scoring=scoring)
for name, r in [("compact LR", res), ("prior dummy", res_dummy)]:
    print(f"{name:12s} AUC {r['test_roc_auc'].mean():.4f}  AP {r['test_average_precision'].mean():.4f}"
          f"  Brier {-r['test_neg_brier_score'].mean():.4f}")

compact.fit(X_full, y)
print("selected:", X_full.columns[compact.named_steps["rfe"].support_].tolist())
pd.DataFrame({ENC: test[ENC], "prediction": compact.predict_proba(X_test)[:, 1]}) \
    .to_csv("predictions.csv", index=False)
