"""Diabetes 130-US hospitals (1999-2008): predict 30-day readmission.

LightGBM on encounter-level features.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split

df = pd.read_csv("diabetic_data.csv", na_values="?")
print(df.shape)

# --- EDA -----------------------------------------------------------------
visits = df.groupby("patient_nbr").size()
print("patients:", visits.shape[0], "encounters:", len(df))
print("encounters per patient:\n", visits.value_counts().sort_index().head(10))
print(df["readmitted"].value_counts(normalize=True))

# --- cleaning ------------------------------------------------------------
# mostly-empty columns
df = df.drop(columns=["weight", "payer_code", "medical_specialty"])
# discharged to hospice / expired: cannot be readmitted
df = df[~df["discharge_disposition_id"].isin([11, 13, 14, 19, 20, 21])]
df["race"] = df["race"].fillna("Unknown")
df = df[df["gender"] != "Unknown/Invalid"]

df["target"] = (df["readmitted"] == "<30").astype(int)

# --- features ------------------------------------------------------------
df["age_num"] = df["age"].str.extract(r"\[(\d+)-", expand=False).astype(int)
df["total_visits"] = df["number_outpatient"] + df["number_emergency"] + df["number_inpatient"]
med_cols = ["metformin", "glipizide", "glyburide", "pioglitazone",
            "rosiglitazone", "insulin"]
df["n_med_changes"] = sum((df[c].isin(["Up", "Down"])).astype(int) for c in med_cols)
for c in ["diag_1", "diag_2", "diag_3"]:
    df[c + "_circ"] = df[c].astype(str).str.startswith(("39", "4")).astype(int)
    df[c + "_diab"] = df[c].astype(str).str.startswith("250").astype(int)

cat_cols = ["race", "gender", "admission_type_id", "discharge_disposition_id",
            "admission_source_id", "max_glu_serum", "A1Cresult", "change",
            "diabetesMed"] + med_cols
df[cat_cols] = df[cat_cols].astype(str)

drop = ["encounter_id", "patient_nbr", "readmitted", "target", "age",
        "diag_1", "diag_2", "diag_3"]
features = [c for c in df.columns if c not in drop]
X = pd.get_dummies(df[features], columns=cat_cols)
X = X.loc[:, ~X.columns.duplicated()]
X = X.select_dtypes(exclude="object")
y = df["target"]

X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.2, stratify=y, random_state=7)

dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)
print("baseline ROC AUC:", roc_auc_score(y_test, dummy.predict_proba(X_test)[:, 1]))

model = lgb.LGBMClassifier(n_estimators=600, learning_rate=0.03, num_leaves=31,
                           subsample=0.8, subsample_freq=1, colsample_bytree=0.7,
                           random_state=7, verbose=-1)
model.fit(X_train, y_train)
proba = model.predict_proba(X_test)[:, 1]
print("LightGBM ROC AUC:", round(roc_auc_score(y_test, proba), 4))
print("LightGBM PR AUC :", round(average_precision_score(y_test, proba), 4))

imp = pd.Series(model.feature_importances_, index=X.columns).nlargest(20)
print(imp)
