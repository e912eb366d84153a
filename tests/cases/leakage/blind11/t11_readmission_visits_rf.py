# Hospital readmission prediction (30-day) from encounter-level records
# Each row is one hospital encounter.
import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, f1_score, classification_report

df = pd.read_csv("diabetic_data.csv", na_values="?")
print(df.shape)

# --- cleaning -------------------------------------------------------------
df = df.drop(columns=["weight", "payer_code", "medical_specialty", "encounter_id"])
df = df[df["gender"] != "Unknown/Invalid"]
df["readmit30"] = (df["readmitted"] == "<30").astype(int)
df = df.drop(columns="readmitted")

print("readmission rate:", df["readmit30"].mean())

# how many encounters per patient?
enc_per_patient = df.groupby("patient_nbr").size()
print(enc_per_patient.describe())
print("patients with >1 encounter:", (enc_per_patient > 1).sum())
enc_per_patient.clip(upper=10).value_counts().sort_index().plot.bar()
plt.title("encounters per patient")
plt.savefig("enc_per_patient.png")
plt.close()

# --- features --------------------------------------------------------------
age_map = {f"[{10*i}-{10*(i+1)})": i for i in range(10)}
df["age"] = df["age"].map(age_map)

df["race"] = df["race"].fillna("Missing")
df["n_visits_prior"] = df["number_outpatient"] + df["number_emergency"] + df["number_inpatient"]

meds = ["metformin", "insulin", "glipizide", "glyburide", "pioglitazone", "rosiglitazone"]
for m in meds:
    df[m] = df[m].map({"No": 0, "Steady": 1, "Up": 2, "Down": 2})

df["A1C_high"] = df["A1Cresult"].isin([">7", ">8"]).astype(int)
df["change"] = (df["change"] == "Ch").astype(int)
df["diabetesMed"] = (df["diabetesMed"] == "Yes").astype(int)

cat_cols = ["race", "gender", "admission_type_id", "discharge_disposition_id", "admission_source_id"]
df = pd.get_dummies(df, columns=cat_cols, drop_first=True)

num_cols = ["age", "time_in_hospital", "num_lab_procedures", "num_procedures", "num_medications",
            "number_outpatient", "number_emergency", "number_inpatient", "number_diagnoses",
            "n_visits_prior", "A1C_high", "change", "diabetesMed"] + meds
dummy_cols = [c for c in df.columns if c.startswith(tuple(cat_cols))]
features = num_cols + dummy_cols

X = df[features]
y = df["readmit30"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=11, stratify=y)

rf = RandomForestClassifier(n_estimators=300, min_samples_leaf=5, class_weight="balanced",
                            n_jobs=-1, random_state=11)
rf.fit(X_train, y_train)
proba = rf.predict_proba(X_test)[:, 1]

dummy = DummyClassifier(strategy="stratified", random_state=11).fit(X_train, y_train)

print("RF AUC      :", round(roc_auc_score(y_test, proba), 4))
print("RF F1       :", round(f1_score(y_test, proba > 0.5), 4))
print("dummy AUC   :", round(roc_auc_score(y_test, dummy.predict_proba(X_test)[:, 1]), 4))
print(classification_report(y_test, proba > 0.5))

imp = pd.Series(rf.feature_importances_, index=features).sort_values(ascending=False)
print(imp.head(15))
