"""30-day readmission - random forest, evaluated on patients not seen in training.

A patient can have several encounters; GroupShuffleSplit on patient_id keeps
all of a patient's encounters on the same side of the split.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import GroupShuffleSplit

LEAK = ["post_discharge_er_visits", "readmit_diagnosis"]
IDS = ["encounter_id", "patient_id"]
TARGET = "readmitted_30d"
CAT_COLS = ["age_band", "gender", "admission_type", "admission_source", "primary_diagnosis",
            "a1c_result", "max_glu_serum", "insulin", "change_in_meds", "discharge_disposition"]


def design(frame, columns=None):
    X = frame.drop(columns=LEAK + IDS + [TARGET], errors="ignore")
    X = pd.get_dummies(X, columns=CAT_COLS, dummy_na=True, dtype=np.uint8)
    X["total_prior_visits"] = frame["prior_inpatient"] + frame["prior_emergency"] + frame["prior_outpatient"]
    X["meds_per_day"] = frame["num_medications"] / frame["los_days"].clip(lower=1)
    if columns is not None:
        X = X.reindex(columns=columns, fill_value=0)
    return X


enc = pd.read_csv("train.csv")
print(enc.shape, "patients:", enc["patient_id"].nunique(), "rate:", round(enc[TARGET].mean(), 4))

X = design(enc)
y = enc[TARGET]
groups = enc["patient_id"]

gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=10)
tr_idx, te_idx = next(gss.split(X, y, groups))
assert not set(groups.iloc[tr_idx]) & set(groups.iloc[te_idx])
X_train, X_test, y_train, y_test = X.iloc[tr_idx], X.iloc[te_idx], y.iloc[tr_idx], y.iloc[te_idx]

rf = RandomForestClassifier(n_estimators=600, min_samples_leaf=15, max_features="sqrt",
                            class_weight="balanced_subsample", n_jobs=-1, random_state=10)
rf.fit(X_train, y_train)
p_rf = rf.predict_proba(X_test)[:, 1]

dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)
p_dummy = dummy.predict_proba(X_test)[:, 1]

print(f"dummy  AUC={roc_auc_score(y_test, p_dummy):.3f}  AP={average_precision_score(y_test, p_dummy):.3f}")
print(f"forest AUC={roc_auc_score(y_test, p_rf):.3f}  AP={average_precision_score(y_test, p_rf):.3f}")

# top-decile lift
order = np.argsort(-p_rf)
top = y_test.values[order[: len(order) // 10]]
print("readmission rate in top decile:", round(top.mean(), 3), "vs overall", round(y_test.mean(), 3))

print(pd.Series(rf.feature_importances_, index=X.columns).nlargest(15))

test = pd.read_csv("test.csv")
rf.fit(X, y)
pd.DataFrame({"encounter_id": test["encounter_id"],
              "prediction": rf.predict_proba(design(test, X.columns))[:, 1]}).to_csv("predictions.csv", index=False)
