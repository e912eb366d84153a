# 30-day readmission -- explanatory model
# I'm an epidemiologist; with repeated stays per patient the right tool is a marginal model
# with an exchangeable working correlation (GEE), not a black box. Report odds ratios + discrimination.

import numpy as np
import pandas as pd
import statsmodels.api as sm
import statsmodels.formula.api as smf
from sklearn.metrics import roc_auc_score, brier_score_loss

df = pd.read_csv("train.csv", parse_dates=["admit_date", "discharge_date"])
df = df.sort_values(["patient_id", "admit_date"])
df["prior_ed_visits_12m"] = df["prior_ed_visits_12m"].fillna(0)
df["age10"] = df["age"] / 10.0
df["log_los"] = np.log1p(df["length_of_stay"])
df["polypharm"] = (df["n_medications"] >= 10).astype(int)
df["insulin"] = df["on_insulin"].astype(int)

print(f"{len(df)} stays, {df.patient_id.nunique()} patients, "
      f"{df.readmitted_30d.mean():.1%} readmitted")

# crude associations first, one exposure at a time
for exposure in ["polypharm", "insulin", "hba1c_tested"]:
    tab = pd.crosstab(df[exposure], df["readmitted_30d"])
    a, b = tab.loc[1, 1], tab.loc[1, 0]
    c, d = tab.loc[0, 1], tab.loc[0, 0]
    crude_or = (a * d) / (b * c)
    se = np.sqrt(1 / a + 1 / b + 1 / c + 1 / d)
    lo, hi = np.exp(np.log(crude_or) - 1.96 * se), np.exp(np.log(crude_or) + 1.96 * se)
    print(f"crude OR {exposure:<14} {crude_or:5.2f} ({lo:4.2f}-{hi:4.2f})")

formula = ("readmitted_30d ~ age10 + C(sex) + log_los + n_diagnoses + n_procedures"
           " + polypharm + insulin + hba1c_tested + prior_ed_visits_12m"
           " + C(admission_type) + C(discharge_to, Treatment('home'))"
           " + C(primary_dx_group) + C(insurance)")

gee = smf.gee(formula, groups="patient_id", data=df,
              family=sm.families.Binomial(),
              cov_struct=sm.cov_struct.Exchangeable())
res = gee.fit()
print(res.summary())

or_table = pd.DataFrame({
    "OR": np.exp(res.params),
    "lo95": np.exp(res.conf_int()[0]),
    "hi95": np.exp(res.conf_int()[1]),
    "p": res.pvalues,
}).round(3)
print(or_table.sort_values("OR", ascending=False))
print("working correlation:", round(res.cov_struct.dep_params, 3))

# discrimination and calibration of the fitted model
df["p_hat"] = res.fittedvalues if res.fittedvalues.max() <= 1 else res.predict()
auc = roc_auc_score(df["readmitted_30d"], df["p_hat"])
brier = brier_score_loss(df["readmitted_30d"], df["p_hat"])
print(f"\nC-statistic: {auc:.3f}   Brier: {brier:.4f}")

# Hosmer-Lemeshow style table by decile of predicted risk
df["decile"] = pd.qcut(df["p_hat"], 10, labels=False, duplicates="drop")
hl = df.groupby("decile").agg(n=("p_hat", "size"), expected=("p_hat", "sum"),
                              observed=("readmitted_30d", "sum"))
hl["O/E"] = hl["observed"] / hl["expected"]
chi2 = (((hl["observed"] - hl["expected"]) ** 2) /
        (hl["expected"] * (1 - hl["expected"] / hl["n"]))).sum()
print(hl.round(2))
print(f"HL chi2 = {chi2:.2f} on {len(hl) - 2} df")

# predictions for the hand-in
test = pd.read_csv("test.csv", parse_dates=["admit_date", "discharge_date"])
test["prior_ed_visits_12m"] = test["prior_ed_visits_12m"].fillna(0)
test["age10"] = test["age"] / 10.0
test["log_los"] = np.log1p(test["length_of_stay"])
test["polypharm"] = (test["n_medications"] >= 10).astype(int)
test["insulin"] = test["on_insulin"].astype(int)
pd.DataFrame({"stay_id": test["stay_id"], "prediction": res.predict(test)}).to_csv(
    "predictions.csv", index=False)
