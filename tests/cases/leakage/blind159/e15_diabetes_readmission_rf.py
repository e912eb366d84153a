"""Hospital readmission (<30 days) for diabetic patients.

UCI "Diabetes 130-US hospitals" data, one row per hospital encounter.
"""
import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, classification_report

df = pd.read_csv("diabetic_data.csv", na_values="?")
print(df.shape)

# how many encounters per patient?
enc_per_patient = df.groupby("patient_nbr").size()
print(enc_per_patient.describe())
print("patients with >1 encounter:", (enc_per_patient > 1).sum())

# drop encounters that ended in death / hospice (cannot be readmitted)
df = df[~df["discharge_disposition_id"].isin([11, 13, 14, 19, 20, 21])]
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
X = pd.get_dummies(df[cat], drop_first=True)
num = ["age_num", "time_in_hospital", "num_lab_procedures", "num_procedures",
       "num_medications", "number_diagnoses", "n_visits_prior_year", "n_meds_changed"] + meds
X = pd.concat([X, df[num]], axis=1)
y = df["readmit_30"]
print("positive rate: %.3f" % y.mean())

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, stratify=y, random_state=11)

base = DummyClassifier(strategy="prior").fit(X_train, y_train)
print("prior baseline AP: %.3f" % average_precision_score(y_test, base.predict_proba(X_test)[:, 1]))

rf = RandomForestClassifier(n_estimators=400, min_samples_leaf=20, class_weight="balanced_subsample",
                            n_jobs=-1, random_state=11)
rf.fit(X_train, y_train)
proba = rf.predict_proba(X_test)[:, 1]
print("RF ROC AUC: %.3f" % roc_auc_score(y_test, proba))
print("RF AP     : %.3f" % average_precision_score(y_test, proba))
print(classification_report(y_test, (proba > 0.5).astype(int)))

imp = pd.Series(rf.feature_importances_, index=X.columns).sort_values(ascending=False)
print(imp.head(15))
