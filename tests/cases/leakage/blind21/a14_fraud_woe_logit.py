"""Card fraud: weight-of-evidence coding on fixed bands, logistic scorecard."""
import numpy as np
import pandas as pd
import statsmodels.api as sm
from scipy.stats import ks_2samp
from sklearn.metrics import roc_auc_score, brier_score_loss

tx = pd.read_csv("transactions.csv")
TARGET = "is_fraud"

# business-defined bands, not estimated from the data
BANDS = {
    "amount": [0, 10, 25, 50, 100, 250, 500, 1000, np.inf],
    "hour": [-1, 5, 9, 13, 17, 21, 23],
    "card_age_days": [-1, 30, 90, 180, 365, 730, np.inf],
    "n_tx_24h": [-1, 0, 1, 3, 6, 10, np.inf],
    "distance_from_home_km": [-1, 2, 10, 50, 200, 1000, np.inf],
}
CATS = ["merchant_category", "is_foreign"]


def woe_map(codes, y, eps=0.5):
    t = pd.crosstab(codes, y)
    bad = t.get(1, 0) + eps
    good = t.get(0, 0) + eps
    return np.log((good / good.sum()) / (bad / bad.sum()))


coded = pd.DataFrame(index=tx.index)
for col, edges in BANDS.items():
    coded[col] = pd.cut(tx[col], bins=edges).astype(str)
for col in CATS:
    coded[col] = tx[col].astype(str)

y = tx[TARGET].to_numpy()
W = pd.DataFrame(index=tx.index)
for col in coded.columns:
    table = woe_map(coded[col], y)
    W["woe_" + col] = coded[col].map(table).fillna(0.0)

rng = np.random.default_rng(17)
perm = rng.permutation(len(tx))
n_tr = int(0.7 * len(tx))
tr_idx, te_idx = perm[:n_tr], perm[n_tr:]

Xw = sm.add_constant(W.to_numpy())
res = sm.Logit(y[tr_idx], Xw[tr_idx]).fit(disp=0)
print(pd.Series(res.params, index=["const"] + list(W.columns)).round(3))

p_te = res.predict(Xw[te_idx])
y_te = y[te_idx]
p_prior = np.full(len(y_te), y[tr_idx].mean())

auc = roc_auc_score(y_te, p_te)
ks = ks_2samp(p_te[y_te == 1], p_te[y_te == 0]).statistic
print(f"AUC {auc:.3f}  Gini {2 * auc - 1:.3f}  KS {ks:.3f}")
print(f"Brier {brier_score_loss(y_te, p_te):.5f}  (prior-rate baseline {brier_score_loss(y_te, p_prior):.5f})")
