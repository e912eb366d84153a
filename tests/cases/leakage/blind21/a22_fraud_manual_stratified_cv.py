"""Card fraud: 5-fold stratified cross-validation written out by hand.

Inside each fold the merchant-category effect (smoothed fraud rate) and the
standardisation are estimated on the training folds only.
"""
import numpy as np
import pandas as pd
import statsmodels.api as sm
from sklearn.metrics import roc_auc_score, brier_score_loss

df = pd.read_csv("transactions.csv").reset_index(drop=True)
y = df["is_fraud"].to_numpy()
NUM = ["amount", "card_age_days", "n_tx_24h", "distance_from_home_km", "device_score"]
df[NUM] = np.log1p(df[NUM].clip(lower=0))

K = 5
rng = np.random.default_rng(7)
pos = rng.permutation(np.flatnonzero(y == 1))
neg = rng.permutation(np.flatnonzero(y == 0))
folds = [np.concatenate([a, b]) for a, b in zip(np.array_split(pos, K), np.array_split(neg, K))]


def smoothed_rate(cat, target, prior, m=50.0):
    stats = pd.DataFrame({"c": cat, "t": target}).groupby("c")["t"].agg(["sum", "count"])
    return (stats["sum"] + m * prior) / (stats["count"] + m)


rows = []
for k in range(K):
    va = folds[k]
    tr = np.concatenate([folds[j] for j in range(K) if j != k])
    prior = y[tr].mean()

    rate = smoothed_rate(df.loc[tr, "merchant_category"].to_numpy(), y[tr], prior)
    mcc_tr = df.loc[tr, "merchant_category"].map(rate).to_numpy()
    mcc_va = df.loc[va, "merchant_category"].map(rate).fillna(prior).to_numpy()

    A_tr = np.column_stack([df.loc[tr, NUM].to_numpy(), np.log(mcc_tr / (1 - mcc_tr))])
    A_va = np.column_stack([df.loc[va, NUM].to_numpy(), np.log(mcc_va / (1 - mcc_va))])
    mu, sd = A_tr.mean(0), A_tr.std(0)
    A_tr = sm.add_constant((A_tr - mu) / sd)
    A_va = sm.add_constant((A_va - mu) / sd, has_constant="add")

    res = sm.Logit(y[tr], A_tr).fit(disp=0)
    p = res.predict(A_va)
    rows.append({
        "fold": k,
        "auc": roc_auc_score(y[va], p),
        "brier": brier_score_loss(y[va], p),
        "brier_prior_baseline": brier_score_loss(y[va], np.full(len(va), prior)),
    })

cv = pd.DataFrame(rows)
print(cv.round(5).to_string(index=False))
se = cv["auc"].std(ddof=1) / np.sqrt(K)
print(f"CV AUC {cv['auc'].mean():.3f} +/- {1.96 * se:.3f}")
print(f"Brier skill vs prior baseline {1 - cv['brier'].sum() / cv['brier_prior_baseline'].sum():.3f}")
