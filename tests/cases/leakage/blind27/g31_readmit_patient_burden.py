import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score

TARGET = "readmitted_30d"

stays = pd.read_csv("train.csv", parse_dates=["admit_date"])
stays = stays.sort_values(["patient_id", "admit_date"])

by_patient = stays.groupby("patient_id")
stays["patient_total_stays"] = by_patient["stay_id"].transform("count")
stays["patient_mean_los"] = by_patient["length_of_stay"].transform("mean")
for lab in ["hba1c", "creatinine"]:
    stays[lab] = by_patient[lab].bfill()
    stays[lab] = stays[lab].fillna(-1.0)

note = stays["discharge_note"].fillna("").str.lower()
stays["note_mentions_chf"] = note.str.contains("heart failure|chf").astype(int)
stays["note_mentions_noncompliance"] = note.str.contains("non-?complian|left ama").astype(int)
stays["note_len"] = note.str.len()

features = ["age", "length_of_stay", "num_medications", "num_diagnoses", "num_procedures",
            "emergency_admit", "hba1c", "creatinine", "patient_total_stays", "patient_mean_los",
            "note_mentions_chf", "note_mentions_noncompliance", "note_len"]

cutoff = stays["admit_date"].quantile(0.75)
train = stays[stays["admit_date"] < cutoff]
test = stays[stays["admit_date"] >= cutoff]
test = test[~test["patient_id"].isin(train["patient_id"])]

rf = RandomForestClassifier(n_estimators=400, min_samples_leaf=10, class_weight="balanced_subsample",
                            n_jobs=-1, random_state=5)
rf.fit(train[features], train[TARGET])

majority = DummyClassifier(strategy="most_frequent").fit(train[features], train[TARGET])
print("random forest accuracy:", round(accuracy_score(test[TARGET], rf.predict(test[features])), 4))
print("majority class accuracy:", round(accuracy_score(test[TARGET], majority.predict(test[features])), 4))
print(pd.Series(rf.feature_importances_, index=features).sort_values(ascending=False).round(3))
