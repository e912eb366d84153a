# Employee attrition - Cox PH with a tenure-days outcome.
# Compares a few covariate sets with forward-chaining CV over hire date (TimeSeriesSplit on rows
# sorted by hire_date: each fold fits on earlier hires and scores the next block of hires).
# The "pay_level" set is the baseline the richer sets have to beat.

import numpy as np
import pandas as pd
from lifelines import CoxPHFitter
from lifelines.utils import concordance_index
from sklearn.model_selection import TimeSeriesSplit

pd.options.display.float_format = "{:.4f}".format

hr = pd.read_csv("train.csv", parse_dates=["hire_date"])
hr = hr.sort_values("hire_date").reset_index(drop=True)
hr["hire_year"] = hr["hire_date"].dt.year
hr["log_salary"] = np.log(hr["starting_salary"])
hr["long_commute"] = (hr["commute_km"] > 40).astype(int)

dummies = pd.get_dummies(hr[["department", "education"]], drop_first=True, dtype=float)
base = hr[["log_salary", "job_level", "age_at_hire", "remote_flag", "referral",
           "interview_score", "commute_km", "long_commute"]].astype(float)
outcome = hr[["tenure_days", "left_company"]]

feature_sets = {
    "baseline_pay_level": ["log_salary", "job_level"],
    "pay_level_demo": ["log_salary", "job_level", "age_at_hire", "referral"],
    "all_numeric": list(base.columns),
    "all_plus_dept": list(base.columns) + list(dummies.columns),
}
full = pd.concat([base, dummies, outcome], axis=1)

tscv = TimeSeriesSplit(n_splits=5)
rows = []
for name, cols in feature_sets.items():
    scores = []
    for tr, va in tscv.split(full):
        d_tr, d_va = full.iloc[tr], full.iloc[va]
        cph = CoxPHFitter(penalizer=0.05)
        cph.fit(d_tr[cols + ["tenure_days", "left_company"]], duration_col="tenure_days", event_col="left_company")
        scores.append(concordance_index(d_va["tenure_days"], -cph.predict_partial_hazard(d_va[cols]), d_va["left_company"]))
    rows.append({"feature_set": name, "n_features": len(cols),
                 "cv_c_mean": np.mean(scores), "cv_c_std": np.std(scores)})

table = pd.DataFrame(rows).sort_values("cv_c_mean", ascending=False)
print(table.to_string(index=False))

best_set = table.iloc[0]["feature_set"]
print("chosen:", best_set)
cols = feature_sets[best_set]
cph = CoxPHFitter(penalizer=0.05).fit(full[cols + ["tenure_days", "left_company"]],
                                      duration_col="tenure_days", event_col="left_company")
cph.print_summary(columns=["coef", "exp(coef)", "p"])

new = pd.read_csv("test.csv", parse_dates=["hire_date"])
new["log_salary"] = np.log(new["starting_salary"])
new["long_commute"] = (new["commute_km"] > 40).astype(int)
Xn = pd.concat([new, pd.get_dummies(new[["department", "education"]], drop_first=True, dtype=float)], axis=1)
Xn = Xn.reindex(columns=cols, fill_value=0.0).astype(float)
p = 1 - cph.predict_survival_function(Xn, times=[365]).T[365]
pd.DataFrame({"employee_id": new["employee_id"], "prediction": p.values}).to_csv("predictions.csv", index=False)
