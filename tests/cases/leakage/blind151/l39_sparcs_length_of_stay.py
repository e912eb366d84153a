"""
Length-of-stay regression on NY SPARCS inpatient discharges (2015 de-identified file).

Diagnosis and DRG codes have hundreds of levels, so they are represented by the
average length of stay observed for each code.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.model_selection import KFold, cross_validate

COLS = ["Age Group", "Gender", "Race", "Type of Admission", "CCS Diagnosis Code", "APR DRG Code",
        "APR Severity of Illness Code", "APR Risk of Mortality", "APR Medical Surgical Description",
        "Payment Typology 1", "Emergency Department Indicator", "Length of Stay"]

raw = pd.read_csv("Hospital_Inpatient_Discharges__SPARCS_De-Identified___2015.csv", usecols=COLS,
                  low_memory=False)
raw = raw.rename(columns=lambda c: c.lower().replace(" ", "_"))
print(raw.shape)

# "120 +" is the top-coded value
raw["los"] = pd.to_numeric(raw["length_of_stay"].replace("120 +", "120"))
raw = raw.drop(columns="length_of_stay")
raw = raw[raw["type_of_admission"] != "Unknown"].dropna(subset=["apr_risk_of_mortality"])

AGE_ORDER = {"0 to 17": 0, "18 to 29": 1, "30 to 49": 2, "50 to 69": 3, "70 or Older": 4}
RISK_ORDER = {"Minor": 1, "Moderate": 2, "Major": 3, "Extreme": 4}
raw["age_ord"] = raw["age_group"].map(AGE_ORDER)
raw["mortality_risk"] = raw["apr_risk_of_mortality"].map(RISK_ORDER)
raw["surgical"] = (raw["apr_medical_surgical_description"] == "Surgical").astype(int)
raw["via_ed"] = (raw["emergency_department_indicator"] == "Y").astype(int)

# average LOS per diagnosis / DRG
for code in ["ccs_diagnosis_code", "apr_drg_code"]:
    raw[code + "_mean_los"] = raw.groupby(code)["los"].transform("mean")

small = pd.get_dummies(raw[["gender", "race", "type_of_admission", "payment_typology_1"]], dtype=int)
X = pd.concat([raw[["age_ord", "mortality_risk", "apr_severity_of_illness_code", "surgical", "via_ed",
                    "ccs_diagnosis_code_mean_los", "apr_drg_code_mean_los"]], small], axis=1)
y = np.log1p(raw["los"])

cv = KFold(n_splits=5, shuffle=True, random_state=4)
scoring = {"mae": "neg_mean_absolute_error", "r2": "r2"}

for name, model in [("mean baseline", DummyRegressor(strategy="mean")),
                    ("hist gradient boosting", HistGradientBoostingRegressor(max_iter=300, learning_rate=0.1,
                                                                             max_leaf_nodes=31, random_state=4))]:
    res = cross_validate(model, X, y, cv=cv, scoring=scoring, n_jobs=-1)
    print(f"{name:24s} MAE(log1p LOS)={-res['test_mae'].mean():.4f}  R2={res['test_r2'].mean():.4f}")
