"""30-day readmission: logistic regression with post-discharge engagement.

Features: demographics, index stay, prior utilisation, and how intensively the patient was
followed up by the care team (number of follow-up calls). Patient-level split.
"""
import numpy as np
import pandas as pd
import statsmodels.formula.api as smf
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, brier_score_loss, roc_auc_score
from sklearn.model_selection import GroupShuffleSplit

TARGET = "readmitted_30d"

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
# readmit_los_days only exists for readmitted encounters
train = train.drop(columns=["readmit_los_days"])

for frame in (train, test):
    frame["log_los"] = np.log1p(frame["los_days"])
    frame["followup_any"] = (frame["followup_calls_30d"] > 0).astype(int)
    frame["hba1c_missing"] = frame["hba1c"].isna().astype(int)
    frame["hba1c"] = frame["hba1c"].fillna(0)

gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=8)
tr_idx, va_idx = next(gss.split(train, groups=train["patient_id"]))
tr, va = train.iloc[tr_idx], train.iloc[va_idx]

formula = (
    f"{TARGET} ~ age + log_los + n_prior_admits + n_meds + n_diagnoses + emergency_admit"
    " + hba1c + hba1c_missing + followup_calls_30d + followup_any"
    " + C(diagnosis_group) + C(discharge_disposition) + C(insurance)"
)
model = smf.logit(formula, data=tr).fit(disp=False, maxiter=500)
print(model.summary2().tables[1][["Coef.", "Std.Err.", "P>|z|"]].round(3))

p_model = model.predict(va)
dummy = DummyClassifier(strategy="prior").fit(tr[["age"]], tr[TARGET])
p_dummy = dummy.predict_proba(va[["age"]])[:, 1]

for name, p in [("baseline prior", p_dummy), ("logit", p_model)]:
    print(f"{name:15s} AUC {roc_auc_score(va[TARGET], p):.3f}  AP {average_precision_score(va[TARGET], p):.3f}"
          f"  Brier {brier_score_loss(va[TARGET], p):.4f}")

# lift in the top decile
top = p_model >= np.quantile(p_model, 0.9)
print("readmission rate in top decile:", va.loc[top, TARGET].mean().round(3),
      "vs overall", va[TARGET].mean().round(3))

final = smf.logit(formula, data=train).fit(disp=False, maxiter=500)
test["prediction"] = final.predict(test)
test[["encounter_id", "prediction"]].to_csv("predictions.csv", index=False)
