"""Card fraud: merchant-category risk as a covariate, assessed with 5-fold CV."""
import numpy as np
import pandas as pd
import statsmodels.api as sm
from sklearn.metrics import roc_auc_score, brier_score_loss

df = pd.read_csv("transactions.csv").reset_index(drop=True)
NUM = ["amount", "card_age_days", "n_tx_24h", "distance_from_home_km", "device_score"]
df[NUM] = np.log1p(df[NUM].clip(lower=0))


def category_risk(frame, cat, target, m=50.0):
    """Empirical-Bayes shrunken event rate per category, on the logit scale."""
    prior = frame[target].mean()
    agg = frame.groupby(cat)[target].agg(["sum", "count"])
    shrunk = (agg["sum"] + m * prior) / (agg["count"] + m)
    return frame[cat].map(np.log(shrunk / (1 - shrunk)))


df["mcc_risk"] = category_risk(df, "merchant_category", "is_fraud")
df["foreign_risk"] = category_risk(df, "is_foreign", "is_fraud")

covs = NUM + ["mcc_risk", "foreign_risk"]
X = df[covs].to_numpy(float)
y = df["is_fraud"].to_numpy()

n, K = len(df), 5
rng = np.random.default_rng(12)
fold_id = rng.permutation(np.arange(n) % K)

auc, brier, brier0 = [], [], []
for k in range(K):
    tr, va = fold_id != k, fold_id == k
    mu, sd = X[tr].mean(0), X[tr].std(0)
    Ztr = sm.add_constant((X[tr] - mu) / sd)
    Zva = sm.add_constant((X[va] - mu) / sd, has_constant="add")
    res = sm.Logit(y[tr], Ztr).fit(disp=0)
    p = res.predict(Zva)
    auc.append(roc_auc_score(y[va], p))
    brier.append(brier_score_loss(y[va], p))
    brier0.append(brier_score_loss(y[va], np.full(va.sum(), y[tr].mean())))

auc = np.array(auc)
print("fold AUC:", auc.round(3))
print(f"mean AUC {auc.mean():.3f} (sd {auc.std(ddof=1):.3f})")
print(f"mean Brier {np.mean(brier):.5f}, prior-rate baseline {np.mean(brier0):.5f}")
