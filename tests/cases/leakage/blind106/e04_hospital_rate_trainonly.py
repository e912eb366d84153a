"""30-day mortality with a shrunk hospital-rate covariate, estimated on training patients only.

The hospital mortality rate is a function of the outcome, so it is computed
from the training admissions only and then looked up for the held-out
patients (hospitals without training admissions get the overall rate).
"""
import numpy as np
import pandas as pd
import statsmodels.api as sm
import statsmodels.formula.api as smf
from sklearn.metrics import roc_auc_score, brier_score_loss

df = pd.read_csv("train.csv")
df["log_lactate"] = np.log1p(df["lactate"])
df["log_creat"] = np.log(df["creatinine"])

# --- split on patients
rng = np.random.default_rng(7)
pids = df["patient_id"].unique()
rng.shuffle(pids)
n_test = len(pids) // 4
test_ids = set(pids[:n_test])
mask = df["patient_id"].isin(test_ids)
train, test = df[~mask].copy(), df[mask].copy()


def hospital_rates(d, k=50):
    overall = d["died_30d"].mean()
    h = d.groupby("hospital_id")["died_30d"].agg(["sum", "count"])
    h["rate_shrunk"] = (h["sum"] + k * overall) / (h["count"] + k)
    return h["rate_shrunk"], overall


def add_hosp(d, rates, overall):
    r = d["hospital_id"].map(rates).fillna(overall)
    d["hosp_logit"] = np.log(r / (1 - r))
    return d


rates, overall = hospital_rates(train)
train = add_hosp(train, rates, overall)
test = add_hosp(test, rates, overall)

f = ("died_30d ~ age + C(sex) + C(admission_type) + charlson + sbp + heart_rate"
     " + log_creat + sodium + log_lactate + ventilated_24h + hosp_logit")
m = smf.glm(f, data=train, family=sm.families.Binomial()).fit()
print(m.summary())

# nested model without the hospital term: likelihood-ratio test on the training data
m0 = smf.glm(f.replace(" + hosp_logit", ""), data=train, family=sm.families.Binomial()).fit()
lr = 2 * (m.llf - m0.llf)
print("LR = %.2f, AIC %.1f vs %.1f" % (lr, m.aic, m0.aic))

y = test["died_30d"]
p = m.predict(test)
p_base = np.repeat(train["died_30d"].mean(), len(test))
print("model     AUC %.3f Brier %.4f" % (roc_auc_score(y, p), brier_score_loss(y, p)))
print("baseline  AUC 0.500 Brier %.4f  (training prior)" % brier_score_loss(y, p_base))

out = pd.read_csv("test.csv")
out["log_lactate"] = np.log1p(out["lactate"])
out["log_creat"] = np.log(out["creatinine"])
out = add_hosp(out, rates, overall)
out["prediction"] = m.predict(out)
out[["admission_id", "prediction"]].to_csv("predictions.csv", index=False)
