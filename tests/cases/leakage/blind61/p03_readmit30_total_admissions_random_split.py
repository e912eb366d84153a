# Readmission within 30 days - quick model
# Tables: train.csv (encounters), patients.csv, diagnoses.csv, medications.csv

import pandas as pd
import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import roc_auc_score, classification_report

enc = pd.read_csv("train.csv", parse_dates=["admit_time", "discharge_time"])
test = pd.read_csv("test.csv", parse_dates=["admit_time", "discharge_time"])
pts = pd.read_csv("patients.csv")
dx = pd.read_csv("diagnoses.csv")
meds = pd.read_csv("medications.csv")

print(enc.shape)
print(enc.readmit_30d.value_counts())


def features(df):
    df = df.merge(pts[["patient_id", "age", "sex", "charlson_index"]], on="patient_id", how="left")
    df["los"] = (df.discharge_time - df.admit_time).dt.total_seconds() / 86400
    df["female"] = (df.sex == "F").astype(int)
    df["emergency"] = (df.admission_type == "EMERGENCY").astype(int)

    # utilisation: how often does this patient come in
    df["n_admissions"] = df.groupby("patient_id")["encounter_id"].transform("count")
    df["mean_los_patient"] = df.groupby("patient_id")["los"].transform("mean")

    ndx = dx.groupby("encounter_id").size().rename("n_dx")
    df = df.merge(ndx, left_on="encounter_id", right_index=True, how="left")

    nmeds = meds.groupby("encounter_id").agg(n_meds=("drug", "nunique"),
                                            n_high_risk=("high_risk", "sum"))
    df = df.merge(nmeds, left_on="encounter_id", right_index=True, how="left")

    grp = df.primary_icd10.str[:3]
    df["chf"] = grp.eq("I50").astype(int)
    df["copd"] = grp.eq("J44").astype(int)
    df["sepsis"] = grp.isin(["A40", "A41"]).astype(int)
    df["pneumonia"] = grp.isin(["J18", "J15"]).astype(int)
    return df.fillna({"n_dx": 0, "n_meds": 0, "n_high_risk": 0})


train = features(enc)
test = features(test)

cols = ["age", "female", "charlson_index", "los", "emergency", "n_procedures", "n_admissions",
        "mean_los_patient", "n_dx", "n_meds", "n_high_risk", "chf", "copd", "sepsis", "pneumonia"]

X = train[cols].fillna(-1)
y = train.readmit_30d
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.25, stratify=y, random_state=7)

gb = GradientBoostingClassifier(n_estimators=300, max_depth=3, learning_rate=0.05, subsample=0.8)
gb.fit(X_tr, y_tr)
p = gb.predict_proba(X_te)[:, 1]
print("test AUC", roc_auc_score(y_te, p))
print(classification_report(y_te, (p > 0.2).astype(int)))

imp = pd.Series(gb.feature_importances_, index=cols).sort_values(ascending=False)
print(imp)

gb.fit(X, y)
test["prediction"] = gb.predict_proba(test[cols].fillna(-1))[:, 1]
test[["encounter_id", "prediction"]].to_csv("predictions.csv", index=False)
print("done")
