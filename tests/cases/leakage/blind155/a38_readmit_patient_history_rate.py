"""Readmission: patient-level history + logistic regression.

Fold column: md5(patient_id) % 5 -> folds 0-3 for PredefinedSplit tuning,
fold 4 held out for the final number.
"""
import hashlib

import numpy as np
import pandas as pd
from sklearn.compose import make_column_transformer
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import GridSearchCV, PredefinedSplit
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

TARGET, PATIENT, ENC_ID = "readmitted_30d", "patient_id", "encounter_id"
data = pd.read_csv("train.csv")
sub = pd.read_csv("test.csv")

# patient history: how often has this patient come back, how many encounters we have
data["patient_n_encounters"] = data.groupby(PATIENT)[ENC_ID].transform("count")
data["patient_readmit_rate"] = data.groupby(PATIENT)[TARGET].transform("mean")
sub["patient_n_encounters"] = sub.groupby(PATIENT)[ENC_ID].transform("count")
overall = data[TARGET].mean()
sub["patient_readmit_rate"] = sub[PATIENT].map(
    data.groupby(PATIENT)[TARGET].mean()).fillna(overall)


def patient_fold(pid, n=5):
    return int(hashlib.md5(str(pid).encode()).hexdigest(), 16) % n


data["fold"] = data[PATIENT].map(patient_fold)

CAT = ["gender", "admission_type", "primary_diagnosis", "insurance"]
NUM = ["age", "length_of_stay", "num_medications", "num_procedures", "num_lab_tests",
       "prior_admissions_12m", "patient_n_encounters", "patient_readmit_rate"]

dev = data[data["fold"] < 4].reset_index(drop=True)
hold = data[data["fold"] == 4].reset_index(drop=True)
ps = PredefinedSplit(test_fold=dev["fold"].to_numpy())

pipe = make_pipeline(
    make_column_transformer((OneHotEncoder(handle_unknown="ignore"), CAT), (StandardScaler(), NUM)),
    LogisticRegression(max_iter=5000, solver="saga"),
)
grid = GridSearchCV(pipe, {"logisticregression__C": [0.01, 0.1, 1, 10],
                           "logisticregression__penalty": ["l1", "l2"]},
                    cv=ps, scoring="roc_auc", n_jobs=-1)
grid.fit(dev[CAT + NUM], dev[TARGET])
print("best:", grid.best_params_, "cv roc_auc %.4f" % grid.best_score_)

p = grid.predict_proba(hold[CAT + NUM])[:, 1]
base = DummyClassifier(strategy="prior").fit(dev[CAT + NUM], dev[TARGET]).predict_proba(hold[CAT + NUM])[:, 1]
print("holdout roc_auc %.4f (baseline %.4f)" % (roc_auc_score(hold[TARGET], p), roc_auc_score(hold[TARGET], base)))
print("holdout pr_auc  %.4f (baseline %.4f)" % (average_precision_score(hold[TARGET], p),
                                                 average_precision_score(hold[TARGET], base)))

final = grid.best_estimator_.fit(data[CAT + NUM], data[TARGET])
pd.DataFrame({ENC_ID: sub[ENC_ID], "prediction": final.predict_proba(sub[CAT + NUM])[:, 1]}).to_csv(
    "predictions.csv", index=False)
