"""30-day hospital readmission for diabetic patients (UCI "Diabetes 130-US hospitals").

Each row is one inpatient encounter. Target: readmitted within 30 days ("<30").
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.impute import SimpleImputer
from sklearn.metrics import average_precision_score, roc_auc_score, recall_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OrdinalEncoder

df = pd.read_csv("diabetic_data.csv", na_values="?")
print(df.shape)

# --- quick look -------------------------------------------------------------
visits = df.groupby("patient_nbr")["encounter_id"].count()
print(f"{visits.size} patients, {len(df)} encounters; "
      f"{(visits > 1).mean():.1%} of patients have more than one encounter (max {visits.max()})")
print(df["readmitted"].value_counts(normalize=True).round(3))

# discharged to hospice / expired -> cannot be readmitted
df = df[~df["discharge_disposition_id"].isin([11, 13, 14, 19, 20, 21])]

df["target"] = (df["readmitted"] == "<30").astype(int)
df["age_mid"] = df["age"].str.extract(r"\[(\d+)-").astype(float) + 5
df["total_prior_visits"] = df["number_outpatient"] + df["number_emergency"] + df["number_inpatient"]

numeric = [
    "age_mid", "time_in_hospital", "num_lab_procedures", "num_procedures", "num_medications",
    "number_outpatient", "number_emergency", "number_inpatient", "number_diagnoses", "total_prior_visits",
]
categorical = [
    "race", "gender", "admission_type_id", "discharge_disposition_id", "admission_source_id",
    "max_glu_serum", "A1Cresult", "insulin", "metformin", "change", "diabetesMed", "medical_specialty",
]

X = df[numeric + categorical]
y = df["target"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=3, stratify=y)

prep = ColumnTransformer([
    ("num", SimpleImputer(strategy="median"), numeric),
    ("cat", Pipeline([
        ("imp", SimpleImputer(strategy="constant", fill_value="missing")),
        ("enc", OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1)),
    ]), [c for c in categorical]),
])
clf = Pipeline([
    ("prep", prep),
    ("gbm", HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, class_weight="balanced",
                                           random_state=3)),
])
clf.fit(X_train, y_train)

proba = clf.predict_proba(X_test)[:, 1]
print(f"ROC AUC           {roc_auc_score(y_test, proba):.4f}")
print(f"average precision {average_precision_score(y_test, proba):.4f}")
print(f"recall @0.5       {recall_score(y_test, proba >= 0.5):.4f}")

dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)
dp = dummy.predict_proba(X_test)[:, 1]
print(f"dummy: ROC AUC {roc_auc_score(y_test, dp):.4f}, AP {average_precision_score(y_test, dp):.4f}")
