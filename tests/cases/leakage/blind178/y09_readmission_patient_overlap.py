"""Diabetes 130-US hospitals: predict 30-day readmission.

Data: diabetic_data.csv (UCI). One row per hospital encounter.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.impute import SimpleImputer
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OrdinalEncoder

df = pd.read_csv("diabetic_data.csv", na_values="?")
print(df.shape)

# how many encounters per patient?
per_patient = df.groupby("patient_nbr")["encounter_id"].count()
print("patients:", per_patient.shape[0])
print("patients with >1 encounter:", (per_patient > 1).sum())

# drop hospice / expired discharges (they cannot be readmitted)
df = df[~df["discharge_disposition_id"].isin([11, 13, 14, 19, 20, 21])]

df["target"] = (df["readmitted"] == "<30").astype(int)

drop = ["encounter_id", "patient_nbr", "readmitted", "target", "weight",
        "payer_code", "medical_specialty"]
X = df.drop(columns=drop)
y = df["target"]

cat_cols = X.select_dtypes(include="object").columns.tolist()
num_cols = [c for c in X.columns if c not in cat_cols]

prep = ColumnTransformer([
    ("cat", Pipeline([
        ("imp", SimpleImputer(strategy="most_frequent")),
        ("enc", OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1)),
    ]), cat_cols),
    ("num", SimpleImputer(strategy="median"), num_cols),
])

model = Pipeline([
    ("prep", prep),
    ("hgb", HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05,
                                           random_state=0)),
])

X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.2, stratify=y, random_state=0)

model.fit(X_train, y_train)
dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)

for name, est in [("prior", dummy), ("hgb", model)]:
    p = est.predict_proba(X_test)[:, 1]
    print(f"{name:6s} AUC={roc_auc_score(y_test, p):.3f} "
          f"AP={average_precision_score(y_test, p):.3f}")
