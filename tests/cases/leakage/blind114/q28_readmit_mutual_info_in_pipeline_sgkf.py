"""Readmission take-home: mutual-information feature selection + logistic regression,
scored with patient-grouped stratified 5-fold CV."""
import warnings

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.feature_selection import SelectKBest, mutual_info_classif
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedGroupKFold, cross_validate
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

warnings.filterwarnings("ignore")

df = pd.read_csv("train.csv")
print(df.shape)
print("readmission rate:", round(df["readmitted_30d"].mean(), 4))
print("patients:", df["patient_id"].nunique())

# one-hot the categoricals, keep the numeric columns
categoricals = ["admission_type", "primary_dx_group", "discharge_unit", "insurance", "sex"]
numeric = ["age", "los_days", "n_diagnoses", "n_procedures", "n_medications", "prior_er_visits", "hba1c"]
df["hba1c"] = df["hba1c"].fillna(0)
df["hba1c_measured"] = (df["hba1c"] > 0).astype(int)
df["los_x_meds"] = df["los_days"] * df["n_medications"]
df["age_band"] = pd.cut(df["age"], [0, 40, 60, 75, 120], labels=False)
X = pd.concat([df[numeric + ["hba1c_measured", "los_x_meds", "age_band"]],
               pd.get_dummies(df[categoricals], dtype=float)], axis=1)
y = df["readmitted_30d"].values
groups = df["patient_id"].values
print("design matrix:", X.shape)

cv = StratifiedGroupKFold(n_splits=5, shuffle=True, random_state=0)
scoring = {"auc": "roc_auc", "ap": "average_precision", "brier": "neg_brier_score"}

base = cross_validate(DummyClassifier(strategy="prior"), X, y, groups=groups, cv=cv, scoring=scoring)
model = make_pipeline(SelectKBest(mutual_info_classif, k=25), StandardScaler(),
                      LogisticRegression(C=0.2, max_iter=3000))
res = cross_validate(model, X, y, groups=groups, cv=cv, scoring=scoring)

for name, r in [("prior", base), ("logreg", res)]:
    print(f"{name:7s} AUC {np.mean(r['test_auc']):.4f} +- {np.std(r['test_auc']):.4f} | "
          f"AP {np.mean(r['test_ap']):.4f} | Brier {-np.mean(r['test_brier']):.4f}")

model.fit(X, y)
kept = X.columns[model[0].get_support()]
print("kept features:", list(kept))
coef = pd.Series(model[-1].coef_[0], index=kept).sort_values()
print(coef.round(3).to_string())
