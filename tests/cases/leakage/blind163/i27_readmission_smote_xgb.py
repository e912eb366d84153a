"""Readmission model - XGBoost with class rebalancing.

Only ~11% of encounters are readmissions; I upsample the positive encounters
so the booster sees a balanced problem, then evaluate on held-out patients.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import GroupShuffleSplit
from sklearn.utils import resample
from xgboost import XGBClassifier

TARGET = "readmitted_30d"
CATS = ["age_band", "gender", "admission_type", "admission_source", "discharge_disposition",
        "primary_diagnosis_group", "hba1c_result", "insulin_change", "diabetes_med"]
NOT_FEATURES = ["encounter_id", "patient_id", TARGET, "followup_calls_post_discharge"]

df = pd.read_csv("train.csv").replace("?", np.nan)
df["hba1c_result"] = df["hba1c_result"].fillna("none")
df["prior_visits"] = df[["prior_inpatient_visits", "prior_emergency_visits", "prior_outpatient_visits"]].sum(axis=1)
df["long_stay"] = (df["length_of_stay"] >= 7).astype(int)
print(df[TARGET].value_counts())

# --- rebalance: bring the positives up to the size of the negatives
neg = df[df[TARGET] == 0]
pos = df[df[TARGET] == 1]
pos_up = resample(pos, replace=True, n_samples=len(neg), random_state=7)
balanced = pd.concat([neg, pos_up]).sample(frac=1.0, random_state=7).reset_index(drop=True)
print("after upsampling:", balanced[TARGET].value_counts().to_dict())

X = pd.get_dummies(balanced.drop(columns=NOT_FEATURES), columns=CATS, dtype=int)
y = balanced[TARGET]
groups = balanced["patient_id"]

# --- patient-level holdout
splitter = GroupShuffleSplit(n_splits=1, test_size=0.25, random_state=7)
tr, te = next(splitter.split(X, y, groups=groups))
X_tr, X_te, y_tr, y_te = X.iloc[tr], X.iloc[te], y.iloc[tr], y.iloc[te]

clf = XGBClassifier(n_estimators=700, max_depth=5, learning_rate=0.05, subsample=0.8,
                    colsample_bytree=0.7, min_child_weight=2, eval_metric="logloss", n_jobs=-1)
clf.fit(X_tr, y_tr)
p = clf.predict_proba(X_te)[:, 1]

base = DummyClassifier(strategy="prior").fit(X_tr, y_tr).predict_proba(X_te)[:, 1]
print(f"baseline  ROC-AUC {roc_auc_score(y_te, base):.3f}  AP {average_precision_score(y_te, base):.3f}")
print(f"xgboost   ROC-AUC {roc_auc_score(y_te, p):.3f}  AP {average_precision_score(y_te, p):.3f}")

# --- submission
clf.fit(X, y)
test = pd.read_csv("test.csv").replace("?", np.nan)
test["hba1c_result"] = test["hba1c_result"].fillna("none")
test["prior_visits"] = test[["prior_inpatient_visits", "prior_emergency_visits", "prior_outpatient_visits"]].sum(axis=1)
test["long_stay"] = (test["length_of_stay"] >= 7).astype(int)
X_sub = pd.get_dummies(test.drop(columns=[c for c in NOT_FEATURES if c in test.columns]), columns=CATS, dtype=int)
X_sub = X_sub.reindex(columns=X.columns, fill_value=0)
pd.DataFrame({"encounter_id": test["encounter_id"], "prediction": clf.predict_proba(X_sub)[:, 1]}).to_csv(
    "predictions.csv", index=False)
