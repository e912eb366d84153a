"""Readmission: hospital target encoding inside a cross-validated pipeline.

sklearn's TargetEncoder is part of the pipeline, so in every StratifiedGroupKFold fold it is
fitted on the training patients only (and uses internal cross-fitting on those rows).
Folds are grouped by patient_id; a DummyClassifier goes through the same CV.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedGroupKFold, cross_validate
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler, TargetEncoder

TARGET = "readmitted_30d"
NUM = ["age", "los_days", "n_prior_admits", "n_meds", "n_diagnoses", "hba1c"]
CAT = ["diagnosis_group", "insurance", "discharge_disposition"]
HIGH_CARD = ["hospital_id"]

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
X = train[NUM + CAT + HIGH_CARD + ["emergency_admit"]]
y = train[TARGET]
groups = train["patient_id"]
print("positives:", y.mean().round(4), "patients:", groups.nunique())

pre = ColumnTransformer([
    ("num", Pipeline([("imp", SimpleImputer(strategy="median", add_indicator=True)),
                      ("sc", StandardScaler())]), NUM),
    ("cat", OneHotEncoder(handle_unknown="ignore", min_frequency=20), CAT),
    ("hosp", TargetEncoder(target_type="binary", smooth="auto", random_state=0), HIGH_CARD),
], remainder="passthrough")

pipelines = {
    "dummy_prior": Pipeline([("pre", pre), ("clf", DummyClassifier(strategy="prior"))]),
    "logreg_te": Pipeline([("pre", pre), ("clf", LogisticRegression(C=0.5, max_iter=2000))]),
}

cv = StratifiedGroupKFold(n_splits=5, shuffle=True, random_state=0)
for name, pipe in pipelines.items():
    scores = cross_validate(pipe, X, y, groups=groups, cv=cv,
                            scoring=["roc_auc", "average_precision", "neg_brier_score"])
    print(f"{name:12s} ROC AUC {scores['test_roc_auc'].mean():.3f} +/- {scores['test_roc_auc'].std():.3f}"
          f" | PR AUC {scores['test_average_precision'].mean():.3f}"
          f" | Brier {-scores['test_neg_brier_score'].mean():.4f}")

final = pipelines["logreg_te"].fit(X, y)
coef = final.named_steps["clf"].coef_.ravel()
names = final.named_steps["pre"].get_feature_names_out()
print(pd.Series(coef, index=names).sort_values().tail(8))

proba = final.predict_proba(test[X.columns])[:, 1]
pd.DataFrame({"encounter_id": test["encounter_id"], "prediction": proba}).to_csv("predictions.csv", index=False)
