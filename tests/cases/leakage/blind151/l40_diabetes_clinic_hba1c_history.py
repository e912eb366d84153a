"""
Diabetes clinic: flag visits where HbA1c comes back >= 8% (poor control)
from the vitals taken at the visit and the patient's history.

visits.csv: one row per clinic visit
    visit_id, patient_id, visit_date, age, sex, bmi, sbp, dbp, fasting_glucose,
    ldl, egfr, on_insulin, n_meds, hba1c
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

CUTOFF = pd.Timestamp("2021-01-01")

visits = pd.read_csv("data/visits.csv", parse_dates=["visit_date"])
visits = visits.sort_values(["patient_id", "visit_date"]).reset_index(drop=True)
visits["poor_control"] = (visits["hba1c"] >= 8.0).astype(int)
print(visits.shape, visits["patient_id"].nunique(), "patients")
print("poor control share:", round(visits["poor_control"].mean(), 3))

# ---- history features per patient -----------------------------------------
g = visits.groupby("patient_id")
visits["visit_no"] = g.cumcount()
visits["days_since_prev"] = g["visit_date"].diff().dt.days
visits["prev_hba1c"] = g["hba1c"].shift(1)
visits["glucose_patient_mean"] = g["fasting_glucose"].transform("mean")
visits["bmi_patient_mean"] = g["bmi"].transform("mean")
visits["glucose_vs_mean"] = visits["fasting_glucose"] - visits["glucose_patient_mean"]
visits["is_male"] = (visits["sex"] == "M").astype(int)

FEATURES = ["age", "is_male", "bmi", "sbp", "dbp", "fasting_glucose", "ldl", "egfr", "on_insulin",
            "n_meds", "visit_no", "days_since_prev", "prev_hba1c", "glucose_patient_mean",
            "bmi_patient_mean", "glucose_vs_mean"]

# ---- split: train on visits before the cutoff; evaluate on later visits of
#      patients that never appear in the training period -------------------
train = visits[visits["visit_date"] < CUTOFF]
later = visits[visits["visit_date"] >= CUTOFF]
test = later[~later["patient_id"].isin(train["patient_id"].unique())]
print(f"train: {len(train)} visits / {train.patient_id.nunique()} patients")
print(f"test : {len(test)} visits / {test.patient_id.nunique()} new patients")

# trees cannot take NaN in this sklearn version: first visits have no history
fill = {"days_since_prev": -1, "prev_hba1c": -1}
X_train, y_train = train[FEATURES].fillna(fill), train["poor_control"]
X_test, y_test = test[FEATURES].fillna(fill), test["poor_control"]

prior = DummyClassifier(strategy="prior").fit(X_train, y_train)
rf = RandomForestClassifier(n_estimators=500, min_samples_leaf=10, max_features=0.5,
                            n_jobs=-1, random_state=0).fit(X_train, y_train)

for name, m in [("prior baseline", prior), ("random forest", rf)]:
    p = m.predict_proba(X_test)[:, 1]
    print(f"{name:15s} AUC={roc_auc_score(y_test, p):.3f}  AP={average_precision_score(y_test, p):.3f}")

imp = pd.Series(rf.feature_importances_, index=FEATURES).sort_values(ascending=False)
print(imp.round(3))
