"""Readmission model with a patient-history feature.

Idea: patients who were readmitted on *other* encounters are more likely to be
readmitted again. I use a leave-one-out rate (the current encounter's own label
is excluded), and patient-grouped folds for validation."""
import json

import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import GroupKFold

task = json.load(open("task.json"))
TARGET, GROUP, ENC = task["target"], task["group_column"], task["id_column"]
LEAKY = task["leaky_columns"]

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

# leave-one-out readmission rate over the patient's other encounters
g = train.groupby(GROUP)[TARGET]
n_enc = g.transform("count")
sum_y = g.transform("sum")
train["n_other_encounters"] = n_enc - 1
train["other_readmit_rate"] = np.where(n_enc > 1, (sum_y - train[TARGET]) / (n_enc - 1).clip(lower=1), np.nan)

# test patients are new: no history available
test["n_other_encounters"] = test.groupby(GROUP)[ENC].transform("count") - 1
test["other_readmit_rate"] = np.nan

CATS = ["sex", "admission_type", "discharge_disposition", "insurance"]
for c in CATS:
    train[c] = train[c].astype("category")
    test[c] = pd.Categorical(test[c], categories=train[c].cat.categories)

FEATS = ["age", "length_of_stay", "num_diagnoses", "num_procedures", "num_medications",
         "prior_admissions_12m", "hba1c_tested", "n_other_encounters", "other_readmit_rate"] + CATS

X, y, groups = train[FEATS], train[TARGET].to_numpy(), train[GROUP].to_numpy()


def grouped_folds(groups, n_splits=5):
    """Thin wrapper so the rest of the script only deals with (train_idx, valid_idx) pairs."""
    yield from GroupKFold(n_splits=n_splits).split(np.zeros(len(groups)), groups=groups)


oof = np.zeros(len(y))
oof_prior = np.zeros(len(y))
for k, (tr, va) in enumerate(grouped_folds(groups)):
    assert not set(groups[tr]) & set(groups[va])
    m = lgb.LGBMClassifier(n_estimators=500, learning_rate=0.03, num_leaves=31,
                           min_child_samples=30, subsample=0.8, subsample_freq=1, verbose=-1)
    m.fit(X.iloc[tr], y[tr])
    oof[va] = m.predict_proba(X.iloc[va])[:, 1]
    oof_prior[va] = DummyClassifier(strategy="prior").fit(X.iloc[tr], y[tr]).predict_proba(X.iloc[va])[:, 1]

print("grouped OOF AUC %.4f | AP %.4f" % (roc_auc_score(y, oof), average_precision_score(y, oof)))
print("prior baseline  AUC %.4f | AP %.4f" % (roc_auc_score(y, oof_prior), average_precision_score(y, oof_prior)))

final = lgb.LGBMClassifier(n_estimators=500, learning_rate=0.03, num_leaves=31,
                           min_child_samples=30, subsample=0.8, subsample_freq=1, verbose=-1).fit(X, y)
pd.DataFrame({ENC: test[ENC], "prediction": final.predict_proba(test[FEATS])[:, 1]}) \
    .to_csv("predictions.csv", index=False)
