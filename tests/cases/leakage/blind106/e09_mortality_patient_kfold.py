# Mortality risk model: 5-fold cross-validation with folds formed from patient ids.
# Discharge disposition and autopsy flag are recorded after the outcome -> dropped.
import numpy as np
import pandas as pd
import statsmodels.api as sm
import statsmodels.formula.api as smf
from sklearn.metrics import roc_auc_score, brier_score_loss

df = pd.read_csv("train.csv")
df = df.drop(columns=["discharge_disposition", "autopsy_requested"])
df["log_lactate"] = np.log1p(df["lactate"])
df["log_creat"] = np.log(df["creatinine"])
df = df.dropna(subset=["sbp", "heart_rate", "log_creat", "log_lactate", "sodium", "wbc"]).reset_index(drop=True)

FORMULA = ("died_30d ~ bs(age, df=3) + C(sex) + C(admission_type) + charlson + sbp + heart_rate"
           " + log_creat + sodium + log_lactate + wbc + ventilated_24h")

K = 5
rng = np.random.default_rng(11)
pids = df["patient_id"].unique()
fold_of_pid = dict(zip(rng.permutation(pids), np.arange(len(pids)) % K))
fold = df["patient_id"].map(fold_of_pid).to_numpy()

rows = []
oof = np.zeros(len(df))
for k in range(K):
    tr_idx = np.where(fold != k)[0]
    va_idx = np.where(fold == k)[0]
    tr, va = df.iloc[tr_idx], df.iloc[va_idx]
    fit = smf.glm(FORMULA, data=tr, family=sm.families.Binomial()).fit()
    p = fit.predict(va).to_numpy()
    oof[va_idx] = p
    prior = np.full(len(va), tr["died_30d"].mean())
    rows.append({
        "fold": k,
        "auc": roc_auc_score(va["died_30d"], p),
        "brier": brier_score_loss(va["died_30d"], p),
        "brier_baseline": brier_score_loss(va["died_30d"], prior),
    })

cv = pd.DataFrame(rows)
print(cv.round(4))
print(cv.mean().round(4))
print("scaled Brier (1 - model/baseline): %.3f" % (1 - cv["brier"].mean() / cv["brier_baseline"].mean()))

# calibration in the large on out-of-fold predictions
print("observed %.4f  mean predicted %.4f" % (df["died_30d"].mean(), oof.mean()))

final = smf.glm(FORMULA, data=df, family=sm.families.Binomial()).fit()
new = pd.read_csv("test.csv")
new["log_lactate"] = np.log1p(new["lactate"])
new["log_creat"] = np.log(new["creatinine"])
new["prediction"] = final.predict(new)
new[["admission_id", "prediction"]].to_csv("predictions.csv", index=False)
