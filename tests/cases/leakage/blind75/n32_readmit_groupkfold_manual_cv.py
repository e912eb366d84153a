"""Readmission timing - Cox model, cross-validated by patient.

A patient can have many admissions; folds are built with GroupKFold on patient_id so that
no patient contributes admissions to both the fitting and the scoring side of a fold.
Compared against a simple baseline Cox model using only age and number of prior admissions.
"""
import numpy as np
import pandas as pd
from lifelines import CoxPHFitter
from lifelines.utils import concordance_index
from sklearn.model_selection import GroupKFold

NUMERIC = ["age", "length_of_stay", "num_prior_admissions", "num_medications",
           "charlson_index", "ed_visits_prior_year", "creatinine"]
CATEGORICAL = ["sex", "primary_dx", "discharge_to", "insurance"]
BASELINE_COVS = ["age", "num_prior_admissions"]
T, E = "days_to_readmit", "readmitted"


def build_frame(adm):
    out = pd.get_dummies(adm[NUMERIC + CATEGORICAL], columns=CATEGORICAL, drop_first=True, dtype=float)
    out["log_los"] = np.log1p(out.pop("length_of_stay"))
    out["creatinine"] = out["creatinine"].fillna(1.0)
    out[T] = adm[T].clip(lower=0.5)
    out[E] = adm[E].astype(int)
    return out


def cindex(model, frame):
    return concordance_index(frame[T], -model.predict_partial_hazard(frame), frame[E])


adm = pd.read_csv("train.csv")
data = build_frame(adm)
groups = adm["patient_id"].values
full_cols = [c for c in data.columns]

gkf = GroupKFold(n_splits=5)
res = []
for fold, (tr, va) in enumerate(gkf.split(data, groups=groups)):
    d_tr, d_va = data.iloc[tr], data.iloc[va]

    base = CoxPHFitter().fit(d_tr[BASELINE_COVS + [T, E]], duration_col=T, event_col=E)
    full = CoxPHFitter(penalizer=0.05).fit(d_tr[full_cols], duration_col=T, event_col=E)

    res.append({"fold": fold, "baseline": cindex(base, d_va), "full": cindex(full, d_va)})
    print(res[-1])

res = pd.DataFrame(res)
print(res.describe().loc[["mean", "std"]].round(4))
print("gain over baseline: %.4f" % (res["full"] - res["baseline"]).mean())

final = CoxPHFitter(penalizer=0.05).fit(data, duration_col=T, event_col=E)
test = pd.read_csv("test.csv")
tmp = test.assign(**{T: 1.0, E: 0})
X_test = build_frame(tmp).drop(columns=[T, E]).reindex(columns=data.columns.drop([T, E]), fill_value=0.0)
p30 = 1 - final.predict_survival_function(X_test, times=[30]).T[30].values
pd.DataFrame({"admission_id": test["admission_id"], "prediction": p30}).to_csv("predictions.csv", index=False)
