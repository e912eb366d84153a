# Diabetes readmission (<30 days) - random forest + fixed decision threshold
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import RandomForestClassifier
from sklearn.impute import SimpleImputer
from sklearn.metrics import classification_report, f1_score, recall_score, precision_score
from sklearn.model_selection import FixedThresholdClassifier, train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder

df = pd.read_csv("diabetic_data.csv", na_values="?")
df["readmit_30"] = (df["readmitted"] == "<30").astype(int)
df = df.drop(columns=["readmitted", "encounter_id", "patient_nbr", "weight", "payer_code"])
print(df["readmit_30"].mean())

num = ["time_in_hospital", "num_lab_procedures", "num_procedures", "num_medications",
       "number_outpatient", "number_emergency", "number_inpatient", "number_diagnoses"]
cat = ["race", "gender", "age", "admission_type_id", "discharge_disposition_id",
       "admission_source_id", "medical_specialty", "A1Cresult", "max_glu_serum",
       "insulin", "change", "diabetesMed"]
df[["admission_type_id", "discharge_disposition_id", "admission_source_id"]] = \
    df[["admission_type_id", "discharge_disposition_id", "admission_source_id"]].astype(str)

X_train, X_test, y_train, y_test = train_test_split(
    df[num + cat], df["readmit_30"], test_size=0.2, stratify=df["readmit_30"], random_state=10)

pre = ColumnTransformer([
    ("num", SimpleImputer(strategy="median"), num),
    ("cat", Pipeline([("imp", SimpleImputer(strategy="most_frequent")),
                      ("ohe", OneHotEncoder(handle_unknown="ignore", min_frequency=50))]), cat),
])
rf = Pipeline([("pre", pre), ("rf", RandomForestClassifier(n_estimators=400, min_samples_leaf=10,
                                                            class_weight="balanced_subsample",
                                                            n_jobs=-1, random_state=10))])
rf.fit(X_train, y_train)
proba = rf.predict_proba(X_test)[:, 1]

print("F1 at default 0.5:", round(f1_score(y_test, proba >= 0.5), 4))
grid = np.linspace(0.05, 0.95, 91)
f1s = [f1_score(y_test, proba >= t) for t in grid]
t_star = float(grid[int(np.argmax(f1s))])
print(f"threshold {t_star:.2f}  ->  F1 {max(f1s):.4f}")

final = FixedThresholdClassifier(rf, threshold=t_star, response_method="predict_proba")
final.fit(X_train, y_train)
pred = final.predict(X_test)
print("precision:", round(precision_score(y_test, pred), 4), " recall:", round(recall_score(y_test, pred), 4))
print(classification_report(y_test, pred, digits=3))
