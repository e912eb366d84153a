# Hospital readmission (<30 days) -- UCI "Diabetes 130-US hospitals" dataset
# diabetic_data.csv: one row per encounter, patients can have several encounters
import pandas as pd
import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, recall_score

df = pd.read_csv("data/diabetic_data.csv", na_values="?")
print(df.shape)

# EDA: how many encounters per patient?
enc_per_patient = df.groupby("patient_nbr").size()
print(enc_per_patient.describe())
print("patients with >1 encounter:", (enc_per_patient > 1).sum())

# target
df["readmit_30"] = (df["readmitted"] == "<30").astype(int)
print(df["readmit_30"].mean())

# drop mostly-empty columns and ones that aren't useful
df = df.drop(columns=["weight", "payer_code", "medical_specialty", "readmitted"])
# expired / hospice discharges can't be readmitted
df = df[~df["discharge_disposition_id"].isin([11, 13, 14, 19, 20, 21])]

num = ["time_in_hospital", "num_lab_procedures", "num_procedures", "num_medications",
       "number_outpatient", "number_emergency", "number_inpatient", "number_diagnoses"]
cat = ["race", "gender", "age", "admission_type_id", "admission_source_id", "A1Cresult",
       "max_glu_serum", "insulin", "change", "diabetesMed"]
df[cat] = df[cat].astype(str)

X = pd.get_dummies(df[num + cat], columns=cat, drop_first=True)
y = df["readmit_30"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, stratify=y, random_state=11)
print("train", X_train.shape, "test", X_test.shape)

models = {
    "dummy_prior": DummyClassifier(strategy="prior"),
    "logreg": LogisticRegression(max_iter=2000, class_weight="balanced", C=0.3),
    "rf": RandomForestClassifier(n_estimators=400, min_samples_leaf=20, class_weight="balanced_subsample",
                                 n_jobs=-1, random_state=11),
}
for name, m in models.items():
    m.fit(X_train, y_train)
    p = m.predict_proba(X_test)[:, 1]
    print(f"{name:12s} ROC AUC={roc_auc_score(y_test, p):.3f}  PR AUC={average_precision_score(y_test, p):.3f}"
          f"  recall@0.5={recall_score(y_test, (p >= 0.5).astype(int)):.3f}")
