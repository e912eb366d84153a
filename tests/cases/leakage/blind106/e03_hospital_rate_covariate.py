"""30-day mortality model with a hospital-level risk covariate.

Hospitals differ a lot in case mix and quality, so the crude hospital
mortality rate is added as a covariate (empirical-Bayes shrunk towards the
overall rate). Validation on held-out patients.
"""
import numpy as np
import pandas as pd
import statsmodels.api as sm
import statsmodels.formula.api as smf
from sklearn.metrics import roc_auc_score, brier_score_loss

df = pd.read_csv("train.csv")
df["log_lactate"] = np.log1p(df["lactate"])
df["log_creat"] = np.log(df["creatinine"])

# --- hospital mortality rate, shrunk (beta-binomial style, k = 50 pseudo admissions)
overall = df["died_30d"].mean()
k = 50
hosp = df.groupby("hospital_id")["died_30d"].agg(["sum", "count"])
hosp["rate_shrunk"] = (hosp["sum"] + k * overall) / (hosp["count"] + k)
df = df.merge(hosp[["rate_shrunk"]], left_on="hospital_id", right_index=True, how="left")
df["hosp_logit"] = np.log(df["rate_shrunk"] / (1 - df["rate_shrunk"]))
print(hosp.sort_values("count", ascending=False).head(10))

# --- split on patients
rng = np.random.default_rng(7)
pids = df["patient_id"].unique()
rng.shuffle(pids)
n_test = len(pids) // 4
test_ids = set(pids[:n_test])
mask = df["patient_id"].isin(test_ids)
train, test = df[~mask], df[mask]

f = ("died_30d ~ age + C(sex) + C(admission_type) + charlson + sbp + heart_rate"
     " + log_creat + sodium + log_lactate + ventilated_24h + hosp_logit")
m = smf.glm(f, data=train, family=sm.families.Binomial()).fit()
print(m.summary())

p = m.predict(test)
print("held-out AUC   %.3f" % roc_auc_score(test["died_30d"], p))
print("held-out Brier %.4f" % brier_score_loss(test["died_30d"], p))

# calibration slope on held-out patients
lp = np.log(p / (1 - p))
cal = sm.GLM(test["died_30d"].to_numpy(), sm.add_constant(lp.to_numpy()),
             family=sm.families.Binomial()).fit()
print("calibration intercept/slope:", cal.params.round(3))

out = pd.read_csv("test.csv")
out["log_lactate"] = np.log1p(out["lactate"])
out["log_creat"] = np.log(out["creatinine"])
out = out.merge(hosp[["rate_shrunk"]], left_on="hospital_id", right_index=True, how="left")
out["rate_shrunk"] = out["rate_shrunk"].fillna(overall)
out["hosp_logit"] = np.log(out["rate_shrunk"] / (1 - out["rate_shrunk"]))
out["prediction"] = m.predict(out)
out[["admission_id", "prediction"]].to_csv("predictions.csv", index=False)
