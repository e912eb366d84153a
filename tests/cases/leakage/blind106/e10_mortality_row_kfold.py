# Mortality risk model: 5-fold cross-validation written by hand (numpy index arrays).
import numpy as np
import pandas as pd
import statsmodels.api as sm
from sklearn.metrics import roc_auc_score, brier_score_loss

df = pd.read_csv("train.csv")
df["log_lactate"] = np.log1p(df["lactate"])
df["log_creat"] = np.log(df["creatinine"])
df["emergency"] = (df["admission_type"] == "emergency").astype(float)
df["male"] = (df["sex"] == "M").astype(float)
cols = ["age", "male", "emergency", "charlson", "sbp", "heart_rate", "log_creat",
        "sodium", "log_lactate", "wbc", "ventilated_24h"]
df = df.dropna(subset=cols).reset_index(drop=True)

X = sm.add_constant(df[cols].to_numpy())
y = df["died_30d"].to_numpy()

K = 5
rng = np.random.default_rng(3)
idx = rng.permutation(len(df))
folds = np.array_split(idx, K)

aucs, briers, base = [], [], []
for k in range(K):
    va = folds[k]
    tr = np.concatenate([folds[j] for j in range(K) if j != k])
    fit = sm.Logit(y[tr], X[tr]).fit(disp=0)
    p = fit.predict(X[va])
    aucs.append(roc_auc_score(y[va], p))
    briers.append(brier_score_loss(y[va], p))
    base.append(brier_score_loss(y[va], np.full(len(va), y[tr].mean())))

print("AUC   %.3f (sd %.3f)" % (np.mean(aucs), np.std(aucs, ddof=1)))
print("Brier %.4f vs baseline (prior) %.4f" % (np.mean(briers), np.mean(base)))

fit = sm.Logit(y, X).fit(disp=0)
print(pd.Series(np.exp(fit.params), index=["const"] + cols).round(3))

new = pd.read_csv("test.csv")
new["log_lactate"] = np.log1p(new["lactate"])
new["log_creat"] = np.log(new["creatinine"])
new["emergency"] = (new["admission_type"] == "emergency").astype(float)
new["male"] = (new["sex"] == "M").astype(float)
new["prediction"] = fit.predict(sm.add_constant(new[cols].to_numpy(), has_constant="add"))
new[["admission_id", "prediction"]].to_csv("predictions.csv", index=False)
