"""Readmission take-home - patient-level train / validation / test.

1. patients are split 60/20/20 by my splitter (a patient's encounters stay together)
2. model family + regularisation are chosen on the validation patients
3. the chosen configuration is refit on train+validation and scored ONCE on test
"""
import json

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

task = json.load(open("task.json"))
TARGET, PAT, ENC = task["target"], task["group_column"], task["id_column"]
df = pd.read_csv("train.csv")
sub = pd.read_csv("test.csv")

NUM = ["age", "length_of_stay", "num_diagnoses", "num_procedures", "num_medications",
       "prior_admissions_12m", "hba1c_tested"]
CAT = ["sex", "admission_type", "discharge_disposition", "insurance"]


def patient_three_way(patients, fractions=(0.6, 0.2, 0.2), seed=21):
    """Return three index arrays; all encounters of a patient land in the same piece."""
    uniq = np.random.default_rng(seed).permutation(pd.unique(patients))
    cut1 = int(fractions[0] * len(uniq))
    cut2 = cut1 + int(fractions[1] * len(uniq))
    piece = pd.Series(0, index=uniq)
    piece.iloc[cut1:cut2] = 1
    piece.iloc[cut2:] = 2
    lab = pd.Series(patients).map(piece).to_numpy()
    return tuple(np.flatnonzero(lab == j) for j in range(3))


tr, va, te = patient_three_way(df[PAT].to_numpy())
print("encounters:", len(tr), len(va), len(te))


def pipe(estimator, scale=True):
    num_steps = [("imp", SimpleImputer(strategy="median"))] + ([("sc", StandardScaler())] if scale else [])
    pre = ColumnTransformer([("num", Pipeline(num_steps), NUM),
                             ("cat", OneHotEncoder(handle_unknown="ignore"), CAT)])
    return Pipeline([("pre", pre), ("est", estimator)])


configs = {
    "lr_C0.1": lambda: pipe(LogisticRegression(C=0.1, max_iter=3000)),
    "lr_C1": lambda: pipe(LogisticRegression(C=1.0, max_iter=3000)),
    "hgb_lr0.05": lambda: pipe(HistGradientBoostingClassifier(learning_rate=0.05, max_iter=300), scale=False),
    "hgb_lr0.1_d3": lambda: pipe(HistGradientBoostingClassifier(learning_rate=0.1, max_depth=3,
                                                                max_iter=200), scale=False),
}

X, y = df[NUM + CAT], df[TARGET].to_numpy()
val_scores = {}
for name, make in configs.items():
    m = make().fit(X.iloc[tr], y[tr])
    val_scores[name] = roc_auc_score(y[va], m.predict_proba(X.iloc[va])[:, 1])
    print(f"validation AUC {name:14s} {val_scores[name]:.4f}")
best = max(val_scores, key=val_scores.get)
print("chosen on validation:", best)

dev = np.concatenate([tr, va])
chosen = configs[best]().fit(X.iloc[dev], y[dev])
baseline = DummyClassifier(strategy="prior").fit(X.iloc[dev], y[dev])
p = chosen.predict_proba(X.iloc[te])[:, 1]
pb = baseline.predict_proba(X.iloc[te])[:, 1]
print("TEST AUC %.4f (baseline %.4f)" % (roc_auc_score(y[te], p), roc_auc_score(y[te], pb)))
print("TEST AP  %.4f (baseline %.4f)" % (average_precision_score(y[te], p), average_precision_score(y[te], pb)))

final = configs[best]().fit(X, y)
pd.DataFrame({ENC: sub[ENC], "prediction": final.predict_proba(sub[NUM + CAT])[:, 1]}) \
    .to_csv("predictions.csv", index=False)
