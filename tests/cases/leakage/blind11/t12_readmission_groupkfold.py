# 30-day readmission: patient-level cross-validation
# Patients show up many times in the data, so folds are built on patient_nbr.
import pandas as pd
import numpy as np
from sklearn.compose import ColumnTransformer
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold, cross_val_score

df = pd.read_csv("diabetic_data.csv", na_values="?")
df = df[df.gender != "Unknown/Invalid"].copy()
df["target"] = (df.readmitted == "<30").astype(int)

visits = df.groupby("patient_nbr")["encounter_id"].count()
print("rows:", len(df), "patients:", visits.shape[0], "max encounters:", visits.max())

age_map = {f"[{10*i}-{10*(i+1)})": i for i in range(10)}
df["age_num"] = df["age"].map(age_map)

num = ["age_num", "time_in_hospital", "num_lab_procedures", "num_procedures", "num_medications",
       "number_outpatient", "number_emergency", "number_inpatient", "number_diagnoses"]
cat = ["race", "gender", "admission_type_id", "discharge_disposition_id",
       "admission_source_id", "A1Cresult", "insulin", "change", "diabetesMed"]

pre = ColumnTransformer([
    ("num", make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), num),
    ("cat", make_pipeline(SimpleImputer(strategy="constant", fill_value="NA"),
                          OneHotEncoder(handle_unknown="ignore", min_frequency=50)), cat),
])

model = make_pipeline(pre, LogisticRegression(max_iter=3000, C=0.5, class_weight="balanced"))

X = df[num + cat]
y = df["target"]
groups = df["patient_nbr"]

gkf = GroupKFold(n_splits=5)
aucs = cross_val_score(model, X, y, groups=groups, cv=gkf, scoring="roc_auc", n_jobs=-1)
print("GroupKFold AUC per fold:", np.round(aucs, 4))
print("mean %.4f  std %.4f" % (aucs.mean(), aucs.std()))

aps = cross_val_score(model, X, y, groups=groups, cv=gkf, scoring="average_precision", n_jobs=-1)
print("GroupKFold AP: %.4f" % aps.mean())
