"""
Readmission: a clinical logistic model plus care-process variables.

Features: demographics + stay (age, LOS, prior stays, diagnosis group),
discharge disposition, and the care-process indicator followup_call_done.
Chronological, patient-disjoint validation with a 30-day buffer.
"""
import numpy as np
import pandas as pd
import statsmodels.api as sm
import statsmodels.formula.api as smf
from sklearn.metrics import roc_auc_score, average_precision_score, brier_score_loss

TARGET = "readmitted_30d"
df = pd.read_csv("train.csv", parse_dates=["admit_date"])
df = df.sort_values("admit_date")

print(df.followup_call_done.value_counts(dropna=False))
print(df.groupby("followup_call_done")[TARGET].mean())
print(df.groupby("discharge_to")[TARGET].agg(["mean", "size"]))

# test = last 20% of the timeline, patients never seen before
cut = df.admit_date.quantile(0.8)
train = df[df.admit_date < cut - pd.Timedelta(days=30)]
test = df[(df.admit_date >= cut) & ~df.patient_id.isin(train.patient_id)]
print(len(train), len(test))

formula = (f"{TARGET} ~ bs(age, df=4) + np.log1p(los_days) + np.minimum(n_prior_stays, 6)"
           " + C(diagnosis_group) + C(discharge_to) + followup_call_done")
fit = smf.glm(formula, data=train, family=sm.families.Binomial()).fit(
    cov_type="cluster", cov_kwds={"groups": train["patient_id"].astype("category").cat.codes})
print(fit.summary())

odds = np.exp(fit.params).rename("OR").to_frame()
odds[["lo", "hi"]] = np.exp(fit.conf_int())
print(odds.round(3))

p = fit.predict(test)
y = test[TARGET]
print(f"test AUC   {roc_auc_score(y, p):.3f}")
print(f"test AP    {average_precision_score(y, p):.3f}")
print(f"test Brier {brier_score_loss(y, p):.4f}")

# stratify by disposition to see whether the model is uniformly useful
for d, part in test.assign(p=p).groupby("discharge_to"):
    if part[TARGET].nunique() == 2:
        print(f"{d:12s} n={len(part):5d} AUC={roc_auc_score(part[TARGET], part.p):.3f}")

rng = np.random.default_rng(3)
yv, pv = y.to_numpy(), p.to_numpy()
aucs = [roc_auc_score(yv[i], pv[i]) for i in (rng.integers(0, len(yv), len(yv)) for _ in range(1000))]
print("AUC 95% CI", np.round(np.percentile(aucs, [2.5, 97.5]), 3))
