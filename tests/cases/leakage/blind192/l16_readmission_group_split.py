"""
30-day readmission model - Diabetes 130-US hospitals (1999-2008), UCI.

One row per hospital encounter; many patients have several encounters.
Target: readmitted within 30 days ('<30').
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import GroupShuffleSplit
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder

df = pd.read_csv("diabetic_data.csv", na_values="?")
print(df.shape)

# ---------------------------------------------------------------- EDA
enc_per_patient = df.groupby("patient_nbr")["encounter_id"].count()
print("patients:", enc_per_patient.shape[0])
print(enc_per_patient.describe())
print("patients with >1 encounter:", (enc_per_patient > 1).mean().round(3))
print(df["readmitted"].value_counts(normalize=True))

# discharged to hospice / expired cannot be readmitted
df = df[~df["discharge_disposition_id"].isin([11, 13, 14, 19, 20, 21])]

df["target"] = (df["readmitted"] == "<30").astype(int)

# ---------------------------------------------------------------- features
age_map = {f"[{10 * i}-{10 * (i + 1)})": 10 * i + 5 for i in range(10)}
df["age_num"] = df["age"].map(age_map)
df["total_visits"] = df["number_outpatient"] + df["number_emergency"] + df["number_inpatient"]
df["diag_1_grp"] = df["diag_1"].astype(str).str[:3]

num_cols = ["age_num", "time_in_hospital", "num_lab_procedures", "num_procedures",
            "num_medications", "number_outpatient", "number_emergency",
            "number_inpatient", "number_diagnoses", "total_visits"]
cat_cols = ["race", "gender", "admission_type_id", "admission_source_id",
            "A1Cresult", "max_glu_serum", "insulin", "change", "diabetesMed", "diag_1_grp"]

for c in cat_cols:
    df[c] = df[c].astype(str).fillna("missing")

X = df[num_cols + cat_cols]
y = df["target"]
groups = df["patient_nbr"]

# ---------------------------------------------------------------- split
splitter = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=0)
train_idx, test_idx = next(splitter.split(X, y, groups=groups))
X_train, X_test = X.iloc[train_idx], X.iloc[test_idx]
y_train, y_test = y.iloc[train_idx], y.iloc[test_idx]
print("train / test rows:", len(X_train), len(X_test))

# ---------------------------------------------------------------- model
pre = ColumnTransformer([
    ("cat", OneHotEncoder(handle_unknown="ignore", min_frequency=50, sparse_output=False), cat_cols),
    ("num", "passthrough", num_cols),
])
model = Pipeline([
    ("pre", pre),
    ("gbm", HistGradientBoostingClassifier(learning_rate=0.05, max_iter=400,
                                           l2_regularization=1.0, random_state=0)),
])
model.fit(X_train, y_train)

baseline = DummyClassifier(strategy="prior").fit(X_train, y_train)

for name, m in [("baseline (prior)", baseline), ("hist-gbm", model)]:
    p = m.predict_proba(X_test)[:, 1]
    print(f"{name:18s} ROC-AUC={roc_auc_score(y_test, p):.4f}  PR-AUC={average_precision_score(y_test, p):.4f}")
