"""Hospital readmission (<30 days) - split by patient.

Many patients have several encounters, so the holdout is made of patients
that never appear in the training data (GroupShuffleSplit on patient_nbr).
"""
import numpy as np
import pandas as pd
from sklearn.model_selection import GroupShuffleSplit
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, classification_report

df = pd.read_csv("diabetic_data.csv", na_values="?")
enc_per_patient = df.groupby("patient_nbr").size()
print(enc_per_patient.describe())

df = df[~df["discharge_disposition_id"].isin([11, 13, 14, 19, 20, 21])].reset_index(drop=True)
df["readmit_30"] = (df["readmitted"] == "<30").astype(int)
df = df.drop(columns=["weight", "payer_code", "medical_specialty", "readmitted"])
df["age_num"] = df["age"].str.extract(r"\[(\d+)-").astype(float)
df["n_visits_prior_year"] = df["number_outpatient"] + df["number_emergency"] + df["number_inpatient"]
meds = ["metformin", "glipizide", "glyburide", "pioglitazone", "rosiglitazone", "insulin"]
for m in meds:
    df[m] = (df[m] != "No").astype(int)
df["n_meds_changed"] = df[meds].sum(axis=1)

cat = ["race", "gender", "A1Cresult", "max_glu_serum", "change", "diabetesMed",
       "admission_type_id", "admission_source_id"]
df[cat] = df[cat].astype(str)
num = ["age_num", "time_in_hospital", "num_lab_procedures", "num_procedures",
       "num_medications", "number_diagnoses", "n_visits_prior_year", "n_meds_changed"] + meds
X = pd.concat([pd.get_dummies(df[cat], drop_first=True), df[num]], axis=1)
y = df["readmit_30"]
groups = df["patient_nbr"]

gss = GroupShuffleSplit(n_splits=1, test_size=0.25, random_state=11)
train_idx, test_idx = next(gss.split(X, y, groups=groups))
X_train, X_test = X.iloc[train_idx], X.iloc[test_idx]
y_train, y_test = y.iloc[train_idx], y.iloc[test_idx]
assert set(groups.iloc[train_idx]).isdisjoint(groups.iloc[test_idx])

base = DummyClassifier(strategy="prior").fit(X_train, y_train)
print("prior baseline AP: %.3f" % average_precision_score(y_test, base.predict_proba(X_test)[:, 1]))

rf = RandomForestClassifier(n_estimators=400, min_samples_leaf=20, class_weight="balanced_subsample",
                            n_jobs=-1, random_state=11)
rf.fit(X_train, y_train)
proba = rf.predict_proba(X_test)[:, 1]
print("RF ROC AUC: %.3f" % roc_auc_score(y_test, proba))
print("RF AP     : %.3f" % average_precision_score(y_test, proba))
print(classification_report(y_test, (proba > 0.5).astype(int)))
