"""30-day readmission - random forest with a patient-level holdout.

Patients have several encounters. If a patient's encounters sit on both sides
of the split the forest can recognise the patient, so the holdout is made of
whole patients (GroupShuffleSplit on patient_id).
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import average_precision_score, roc_auc_score, recall_score
from sklearn.model_selection import GroupShuffleSplit

TARGET = "readmitted_30d"
CAT_COLS = ["age_band", "gender", "admission_type", "admission_source", "discharge_disposition",
            "primary_diagnosis_group", "hba1c_result", "insulin_change", "diabetes_med"]
DROP = ["encounter_id", "patient_id", TARGET, "followup_calls_post_discharge"]


def prepare(df):
    df = df.replace("?", np.nan)
    df["hba1c_result"] = df["hba1c_result"].fillna("none")
    df["total_prior_visits"] = (df["prior_inpatient_visits"] + df["prior_emergency_visits"]
                                + df["prior_outpatient_visits"])
    df["meds_per_day"] = df["num_medications"] / df["length_of_stay"].clip(lower=1)
    return pd.get_dummies(df.drop(columns=[c for c in DROP if c in df.columns]), columns=CAT_COLS)


enc = pd.read_csv("train.csv")
print("rows", len(enc), "patients", enc["patient_id"].nunique(), "positive rate", round(enc[TARGET].mean(), 3))
X = prepare(enc.copy())
y = enc[TARGET].to_numpy()
groups = enc["patient_id"].to_numpy()

gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=42)
tr_idx, te_idx = next(gss.split(X, y, groups))
assert not set(groups[tr_idx]) & set(groups[te_idx])
X_train, X_test, y_train, y_test = X.iloc[tr_idx], X.iloc[te_idx], y[tr_idx], y[te_idx]

dummy = DummyClassifier(strategy="stratified", random_state=0).fit(X_train, y_train)
rf = RandomForestClassifier(n_estimators=500, max_depth=14, min_samples_leaf=3,
                            class_weight="balanced_subsample", n_jobs=-1, random_state=42)
rf.fit(X_train, y_train)

for name, model in [("dummy (stratified)", dummy), ("random forest", rf)]:
    p = model.predict_proba(X_test)[:, 1]
    print(f"{name:20s} ROC-AUC {roc_auc_score(y_test, p):.3f}  PR-AUC {average_precision_score(y_test, p):.3f}  "
          f"recall@0.5 {recall_score(y_test, p >= 0.5):.3f}")

top = pd.Series(rf.feature_importances_, index=X.columns).nlargest(12)
print(top.round(4).to_string())

rf.fit(X, y)
test = pd.read_csv("test.csv")
Xt = prepare(test.copy()).reindex(columns=X.columns, fill_value=0)
pd.DataFrame({"encounter_id": test["encounter_id"], "prediction": rf.predict_proba(Xt)[:, 1]}).to_csv(
    "predictions.csv", index=False)
