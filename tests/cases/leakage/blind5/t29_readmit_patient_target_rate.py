"""Readmission risk model.

Patient history is the strongest signal: a patient who was readmitted before is
likely to be readmitted again, so each encounter gets the patient's
readmission rate as a feature.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score
from sklearn.model_selection import GroupShuffleSplit

TARGET = "readmitted_30d"

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

print(train.shape)
print(train[TARGET].value_counts())
print(train.describe().T)
print(train.groupby("diagnosis_group")[TARGET].mean())

# --- patient history -----------------------------------------------------------
train["patient_readmit_rate"] = train.groupby("patient_id")[TARGET].transform("mean")
train["patient_encounters"] = train.groupby("patient_id")["encounter_id"].transform("count")

rate_by_patient = train.groupby("patient_id")[TARGET].mean()
count_by_patient = train.groupby("patient_id")["encounter_id"].count()
test["patient_readmit_rate"] = test["patient_id"].map(rate_by_patient).fillna(train[TARGET].mean())
test["patient_encounters"] = test["patient_id"].map(count_by_patient).fillna(0)


def build_X(df, columns=None):
    X = df[["age", "num_medications", "num_procedures", "length_of_stay", "prior_admissions",
            "patient_readmit_rate", "patient_encounters", "diagnosis_group"]].copy()
    X["long_stay"] = (X["length_of_stay"] > 7).astype(int)
    X = pd.get_dummies(X, columns=["diagnosis_group"], dtype=int).fillna(-1)
    if columns is not None:
        X = X.reindex(columns=columns, fill_value=0)
    return X


X = build_X(train)
y = train[TARGET]

# --- patient-grouped split -------------------------------------------------------
gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=8)
tr_idx, te_idx = next(gss.split(X, y, groups=train["patient_id"]))

rf = RandomForestClassifier(n_estimators=300, max_depth=10, random_state=8, n_jobs=-1)
rf.fit(X.iloc[tr_idx], y.iloc[tr_idx])
acc = accuracy_score(y.iloc[te_idx], rf.predict(X.iloc[te_idx]))

majority = int(y.iloc[tr_idx].mean() >= 0.5)
majority_acc = accuracy_score(y.iloc[te_idx], np.full(len(te_idx), majority))
print(f"majority class accuracy: {majority_acc:.4f}")
print(f"random forest accuracy:  {acc:.4f}")

rf.fit(X, y)
X_test = build_X(test, columns=X.columns)
pd.DataFrame({"encounter_id": test["encounter_id"],
              "prediction": rf.predict_proba(X_test)[:, 1]}).to_csv("predictions.csv", index=False)
