"""
Readmission risk - interpretable logistic model (statsmodels).

Clinical stakeholders asked for odds ratios they can read, so I went with a
GLM rather than boosting. Features are kept deliberately small.
"""
import numpy as np
import pandas as pd
import statsmodels.formula.api as smf
from sklearn.metrics import roc_auc_score, average_precision_score

df = pd.read_csv("train.csv", parse_dates=["admit_date", "discharge_date"])
df = df.sort_values(["patient_id", "discharge_date"])

# prior utilisation: strictly earlier encounters of the same patient
df["prior_visits"] = df.groupby("patient_id").cumcount()
df["prior_visits_capped"] = df["prior_visits"].clip(upper=5)
df["long_stay"] = (df["length_of_stay"] > 7).astype(int)
df["age_decade"] = (df["age"] // 10).clip(2, 9)
df["hba1c_result"] = df["hba1c_result"].fillna("not_measured")
df["to_snf"] = (df["discharge_disposition"] == "skilled_nursing").astype(int)

print(df[["prior_visits_capped", "long_stay", "to_snf", "readmitted_30d"]].describe())
print(pd.crosstab(df["prior_visits_capped"], df["readmitted_30d"], normalize="index"))

formula = (
    "readmitted_30d ~ prior_visits_capped + long_stay + C(age_decade) + to_snf"
    " + num_medications + num_lab_tests + C(admission_type) + C(hba1c_result)"
    " + C(insurance)"
)
result = smf.logit(formula, data=df).fit(maxiter=200, disp=False)

odds = pd.DataFrame({
    "odds_ratio": np.exp(result.params),
    "ci_low": np.exp(result.conf_int()[0]),
    "ci_high": np.exp(result.conf_int()[1]),
    "p_value": result.pvalues,
}).round(3)
print(odds.sort_values("odds_ratio", ascending=False))

df["risk"] = result.predict(df)
auc = roc_auc_score(df["readmitted_30d"], df["risk"])
ap = average_precision_score(df["readmitted_30d"], df["risk"])
print(f"ROC-AUC: {auc:.3f}")
print(f"Average precision: {ap:.3f}")

# calibration by decile
df["decile"] = pd.qcut(df["risk"], 10, labels=False, duplicates="drop")
calib = df.groupby("decile").agg(predicted=("risk", "mean"), observed=("readmitted_30d", "mean"), n=("risk", "size"))
print(calib.round(3))

# predictions for the test encounters
test = pd.read_csv("test.csv", parse_dates=["admit_date", "discharge_date"])
hist = pd.concat([df[["patient_id", "discharge_date"]].assign(_t=0),
                  test[["patient_id", "discharge_date"]].assign(_t=1)])
hist = hist.sort_values(["patient_id", "discharge_date"])
hist["prior_visits"] = hist.groupby("patient_id").cumcount()
test["prior_visits"] = hist.loc[hist._t == 1, "prior_visits"].reindex(test.index)
test["prior_visits_capped"] = test["prior_visits"].clip(upper=5)
test["long_stay"] = (test["length_of_stay"] > 7).astype(int)
test["age_decade"] = (test["age"] // 10).clip(2, 9)
test["hba1c_result"] = test["hba1c_result"].fillna("not_measured")
test["to_snf"] = (test["discharge_disposition"] == "skilled_nursing").astype(int)

pd.DataFrame({"encounter_id": test["encounter_id"], "prediction": result.predict(test)}).to_csv(
    "predictions.csv", index=False
)
