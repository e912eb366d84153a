"""Diabetes 130-US hospitals: predict readmission within 30 days.

dataset: diabetic_data.csv (UCI), one row per hospital encounter.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import roc_auc_score, classification_report, average_precision_score
from sklearn.model_selection import train_test_split

df = pd.read_csv("diabetic_data.csv")
df = df.replace("?", np.nan)
print(df.shape)

# how many encounters per patient?
visits = df.groupby("patient_nbr")["encounter_id"].count()
print(visits.describe())
print("patients with >1 encounter:", (visits > 1).sum())

# drop expired / hospice discharges - they cannot be readmitted
df = df[~df["discharge_disposition_id"].isin([11, 13, 14, 19, 20, 21])]

df["readmit_30"] = (df["readmitted"] == "<30").astype(int)
print(df["readmit_30"].value_counts(normalize=True))

# mostly-empty / uninformative columns
df = df.drop(columns=["weight", "payer_code", "medical_specialty", "examide", "citoglipton", "readmitted"])

age_map = {f"[{10 * i}-{10 * (i + 1)})": 10 * i + 5 for i in range(10)}
df["age"] = df["age"].map(age_map)

df["service_use"] = df["number_outpatient"] + df["number_emergency"] + df["number_inpatient"]
meds = ["metformin", "repaglinide", "nateglinide", "chlorpropamide", "glimepiride", "glipizide",
        "glyburide", "pioglitazone", "rosiglitazone", "acarbose", "miglitol", "insulin",
        "glyburide-metformin"]
df["n_med_changes"] = sum((df[m].isin(["Up", "Down"])).astype(int) for m in meds)


def icd_group(code):
    if pd.isna(code):
        return "missing"
    if str(code).startswith(("V", "E")):
        return "other"
    c = float(code)
    if 390 <= c <= 459 or c == 785:
        return "circulatory"
    if 460 <= c <= 519 or c == 786:
        return "respiratory"
    if 520 <= c <= 579 or c == 787:
        return "digestive"
    if int(c) == 250:
        return "diabetes"
    if 800 <= c <= 999:
        return "injury"
    return "other"


for d in ["diag_1", "diag_2", "diag_3"]:
    df[d] = df[d].apply(icd_group)

cat_cols = ["race", "gender", "admission_type_id", "discharge_disposition_id", "admission_source_id",
            "diag_1", "diag_2", "diag_3", "max_glu_serum", "A1Cresult", "change", "diabetesMed"] + meds
df[cat_cols] = df[cat_cols].astype(str)
df = pd.get_dummies(df, columns=cat_cols, drop_first=True, dtype=np.uint8)

X = df.drop(columns=["encounter_id", "patient_nbr", "readmit_30"])
y = df["readmit_30"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=0)

rf = RandomForestClassifier(n_estimators=400, min_samples_leaf=20, class_weight="balanced_subsample",
                            n_jobs=-1, random_state=0)
rf.fit(X_train, y_train)
proba = rf.predict_proba(X_test)[:, 1]
print("ROC AUC: %.4f" % roc_auc_score(y_test, proba))
print("PR AUC : %.4f" % average_precision_score(y_test, proba))
print(classification_report(y_test, (proba > 0.5).astype(int)))
