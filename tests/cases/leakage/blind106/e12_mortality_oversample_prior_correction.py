"""Mortality: oversample deaths in the training patients, then correct the intercept.

Deaths are replicated in the training part only (after the patient-level split);
the intercept is then shifted back with the prior correction of King & Zeng
(2001) so the probabilities are on the population scale. The held-out patients
are never replicated.
"""
import numpy as np
import pandas as pd
import statsmodels.formula.api as smf
from sklearn.metrics import roc_auc_score, brier_score_loss, average_precision_score

df = pd.read_csv("train.csv")
df["log_lactate"] = np.log1p(df["lactate"])
df = df.dropna(subset=["sbp", "heart_rate", "sodium", "log_lactate", "creatinine"])

rng = np.random.default_rng(5)
pids = df["patient_id"].unique()
test_pids = rng.choice(pids, size=len(pids) // 4, replace=False)
te = df[df["patient_id"].isin(test_pids)].copy()
tr = df[~df["patient_id"].isin(test_pids)].copy()

tau = tr["died_30d"].mean()                      # population prior (training part)
deaths = tr[tr["died_30d"] == 1]
tr_bal = pd.concat([tr] + [deaths] * 6, ignore_index=True)
ybar = tr_bal["died_30d"].mean()                 # sample prior after replication
print("prior %.3f -> %.3f after replication" % (tau, ybar))

f = ("died_30d ~ age + C(sex) + C(admission_type) + charlson + sbp + heart_rate"
     " + np.log(creatinine) + sodium + log_lactate + ventilated_24h")
m = smf.logit(f, data=tr_bal).fit(disp=0)

shift = np.log(((1 - tau) / tau) * (ybar / (1 - ybar)))
print("intercept correction: %.3f" % -shift)


def predict_corrected(model, d):
    q = model.predict(d)
    lp = np.log(q / (1 - q))
    return 1 / (1 + np.exp(-(lp - shift)))


p = predict_corrected(m, te)
y = te["died_30d"]
base = np.full(len(te), tau)
print("AUC          %.3f" % roc_auc_score(y, p))
print("AP           %.3f  (baseline = prevalence %.3f)" % (average_precision_score(y, p), y.mean()))
print("Brier model  %.4f  baseline %.4f" % (brier_score_loss(y, p), brier_score_loss(y, base)))
print("mean predicted %.4f vs observed %.4f" % (p.mean(), y.mean()))

new = pd.read_csv("test.csv")
new["log_lactate"] = np.log1p(new["lactate"])
new["prediction"] = predict_corrected(m, new)
new[["admission_id", "prediction"]].to_csv("predictions.csv", index=False)
