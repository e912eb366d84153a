"""Card fraud: is the hold-out AUC distinguishable from chance? Permutation test + bootstrap."""
import numpy as np
import pandas as pd
import statsmodels.api as sm
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score, brier_score_loss, average_precision_score

data = pd.read_csv("transactions.csv")
data["ln_amount"] = np.log1p(data["amount"])
data["ln_dist"] = np.log1p(data["distance_from_home_km"])
data["night"] = (data["hour"] < 6).astype(int)

cols = ["ln_amount", "ln_dist", "night", "n_tx_24h", "card_age_days", "device_score", "is_foreign"]
X = data[cols].to_numpy(float)
y = data["is_fraud"].to_numpy()

X_a, X_b, y_a, y_b = train_test_split(X, y, test_size=0.3, stratify=y, random_state=3)

centre = np.nanmean(X_a, axis=0)
spread = np.nanstd(X_a, axis=0)
X_a = np.where(np.isnan(X_a), centre, X_a)
X_b = np.where(np.isnan(X_b), centre, X_b)
Z_a = sm.add_constant((X_a - centre) / spread)
Z_b = sm.add_constant((X_b - centre) / spread, has_constant="add")

fit = sm.Logit(y_a, Z_a).fit(disp=0)
p_b = fit.predict(Z_b)

auc_obs = roc_auc_score(y_b, p_b)
ap_obs = average_precision_score(y_b, p_b)
baseline = np.full(len(y_b), y_a.mean())
print(f"hold-out AUC {auc_obs:.3f}, AP {ap_obs:.3f} (baseline AP = prevalence {y_b.mean():.3f})")
print(f"Brier model {brier_score_loss(y_b, p_b):.5f}, baseline {brier_score_loss(y_b, baseline):.5f}")

rng = np.random.default_rng(2023)
B = 2000
null_auc = np.empty(B)
for b in range(B):
    null_auc[b] = roc_auc_score(rng.permutation(y_b), p_b)
p_perm = (1 + np.sum(null_auc >= auc_obs)) / (B + 1)
print(f"permutation p-value {p_perm:.4f} (null mean {null_auc.mean():.3f})")

boot = []
pos, neg = np.flatnonzero(y_b == 1), np.flatnonzero(y_b == 0)
for b in range(B):
    i = np.concatenate([rng.choice(pos, len(pos)), rng.choice(neg, len(neg))])
    boot.append(roc_auc_score(y_b[i], p_b[i]))
lo, hi = np.quantile(boot, [0.025, 0.975])
print(f"stratified bootstrap 95% CI for AUC: [{lo:.3f}, {hi:.3f}]")
