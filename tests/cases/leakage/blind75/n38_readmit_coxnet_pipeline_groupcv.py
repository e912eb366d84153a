#!/usr/bin/env python3
"""Elastic-net Cox (scikit-survival) tuned with patient-grouped CV.

- holdout: 20% of patients (GroupShuffleSplit)
- on the remaining patients: GridSearchCV over alpha / l1_ratio with GroupKFold(patient_id);
  scaler + Coxnet live in one Pipeline so each fold refits the scaler
- holdout scored once with Harrell's C
"""
import numpy as np
import pandas as pd
from sklearn.model_selection import GridSearchCV, GroupKFold, GroupShuffleSplit
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler
from sksurv.linear_model import CoxnetSurvivalAnalysis
from sksurv.metrics import concordance_index_censored
from sksurv.util import Surv

NUM = ["age", "length_of_stay", "num_prior_admissions", "num_medications",
       "charlson_index", "ed_visits_prior_year", "creatinine", "hba1c"]
CAT = ["sex", "primary_dx", "discharge_to", "insurance"]


def design(frame):
    X = pd.get_dummies(frame[NUM + CAT], columns=CAT, drop_first=True, dtype=float)
    X["hba1c_missing"] = X["hba1c"].isna().astype(float)
    X["hba1c"] = X["hba1c"].fillna(0.0)
    X["creatinine"] = X["creatinine"].fillna(1.0)
    return X


df = pd.read_csv("train.csv")
X = design(df)
y = Surv.from_arrays(event=df["readmitted"].astype(bool), time=df["days_to_readmit"])
groups = df["patient_id"].values

outer = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=0)
dev_idx, hold_idx = next(outer.split(X, groups=groups))
X_dev, y_dev, g_dev = X.iloc[dev_idx], y[dev_idx], groups[dev_idx]
X_hold, y_hold = X.iloc[hold_idx], y[hold_idx]

pipe = Pipeline([
    ("scale", StandardScaler()),
    ("coxnet", CoxnetSurvivalAnalysis(n_alphas=1, fit_baseline_model=True)),
])
grid = {
    "coxnet__alphas": [[a] for a in np.logspace(-3, -0.5, 8)],
    "coxnet__l1_ratio": [0.1, 0.5, 0.9],
}
search = GridSearchCV(pipe, grid, cv=GroupKFold(n_splits=5), n_jobs=-1, error_score=np.nan)
search.fit(X_dev, y_dev, groups=g_dev)

cv_table = pd.DataFrame(search.cv_results_)[["param_coxnet__alphas", "param_coxnet__l1_ratio", "mean_test_score", "std_test_score"]]
print(cv_table.sort_values("mean_test_score", ascending=False).head(8).to_string(index=False))
print("best params:", search.best_params_, "CV C-index %.4f" % search.best_score_)

best = search.best_estimator_
risk = best.predict(X_hold)
c_hold = concordance_index_censored(y_hold["event"], y_hold["time"], risk)[0]
print("holdout C-index: %.4f" % c_hold)

test = pd.read_csv("test.csv")
X_test = design(test).reindex(columns=X.columns, fill_value=0.0)
surv = best.predict_survival_function(X_test)
p30 = np.array([1.0 - fn(30) for fn in surv])
pd.DataFrame({"admission_id": test["admission_id"], "prediction": p30}).to_csv("predictions.csv", index=False)
