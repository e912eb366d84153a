"""Readmission within 30 days - TabNet with patient-grouped CV.

StratifiedGroupKFold keeps all encounters of a patient in one fold. Inside each fold,
TabNet's early-stopping slice is also carved out by patient (GroupShuffleSplit).
A prior-only DummyClassifier is scored on the same folds.
"""
import numpy as np
import pandas as pd
import torch
from pytorch_tabnet.tab_model import TabNetClassifier
from sklearn.model_selection import StratifiedGroupKFold, GroupShuffleSplit
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

SEED = 2024
TARGET = "readmitted_30d"
CATS = ["age_band", "gender", "admission_type", "discharge_to", "primary_diag_group", "a1c_result", "insulin", "diabetes_med"]
NUMS = ["time_in_hospital", "num_lab_procedures", "num_procedures", "num_medications",
        "number_outpatient", "number_emergency", "number_inpatient", "num_diagnoses"]

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

full = pd.concat([train[CATS + NUMS], test[CATS + NUMS]], keys=["tr", "te"])
full = pd.get_dummies(full, columns=CATS, dummy_na=True, dtype=np.float32)
full[NUMS] = full[NUMS].fillna(0)
X = full.loc["tr"].values.astype(np.float32)
X_sub = full.loc["te"].values.astype(np.float32)
y = train[TARGET].values
groups = train["patient_id"].values

oof = np.zeros(len(train))
oof_dummy = np.zeros(len(train))
sub_pred = np.zeros(len(test))
cv = StratifiedGroupKFold(n_splits=5, shuffle=True, random_state=SEED)
for fold, (tr_idx, va_idx) in enumerate(cv.split(X, y, groups)):
    inner = GroupShuffleSplit(n_splits=1, test_size=0.1, random_state=SEED)
    fit_i, es_i = next(inner.split(X[tr_idx], y[tr_idx], groups[tr_idx]))
    fit_idx, es_idx = tr_idx[fit_i], tr_idx[es_i]

    clf = TabNetClassifier(n_d=16, n_a=16, n_steps=4, gamma=1.5, lambda_sparse=1e-4,
                           optimizer_fn=torch.optim.Adam, optimizer_params=dict(lr=2e-2),
                           mask_type="entmax", seed=SEED, verbose=0)
    clf.fit(X[fit_idx], y[fit_idx], eval_set=[(X[es_idx], y[es_idx])], eval_metric=["auc"],
            max_epochs=100, patience=12, batch_size=2048, virtual_batch_size=256)
    oof[va_idx] = clf.predict_proba(X[va_idx])[:, 1]
    sub_pred += clf.predict_proba(X_sub)[:, 1] / cv.n_splits

    dummy = DummyClassifier(strategy="prior").fit(X[tr_idx], y[tr_idx])
    oof_dummy[va_idx] = dummy.predict_proba(X[va_idx])[:, 1]
    print(f"fold {fold}: tabnet AUC {roc_auc_score(y[va_idx], oof[va_idx]):.4f}")

for name, p in [("dummy", oof_dummy), ("tabnet", oof)]:
    print(f"{name:7s} OOF AUC {roc_auc_score(y, p):.4f} | OOF AP {average_precision_score(y, p):.4f}")

pd.DataFrame({"encounter_id": test["encounter_id"], "prediction": sub_pred}).to_csv("predictions.csv", index=False)
