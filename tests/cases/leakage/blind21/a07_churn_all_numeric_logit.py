"""Churn: penalised logit on every numeric snapshot attribute, out-of-time check."""
import numpy as np
import pandas as pd
import statsmodels.api as sm
from sklearn.metrics import roc_auc_score, brier_score_loss, log_loss

TARGET = "churned_next_month"
KEYS = ["snapshot_id", "customer_id", "snapshot_month"]

df = pd.read_csv("churn_snapshots.csv", parse_dates=["snapshot_month"])
df["contract_m2m"] = (df["contract_type"] == "month-to-month").astype(int)
df["contract_2y"] = (df["contract_type"] == "two-year").astype(int)
flag_cols = [c for c in df.columns if df[c].dtype == bool]
df[flag_cols] = df[flag_cols].astype(int)

numeric = df.select_dtypes(include=[np.number]).columns
exclude = set(KEYS) | {TARGET}
xcols = [c for c in numeric if c not in exclude]
print(len(xcols), "regressors:", xcols)

df[xcols] = df[xcols].fillna(0)

cut = np.datetime64("2023-01-01")
t = df["snapshot_month"].to_numpy()
ids = df["customer_id"].to_numpy()
tr = t < cut
te = (t >= cut) & ~np.isin(ids, np.unique(ids[tr]))

X = df[xcols].to_numpy(float)
y = df[TARGET].to_numpy()

mean_tr = X[tr].mean(axis=0)
sd_tr = X[tr].std(axis=0)
sd_tr[sd_tr == 0] = 1
Xs = (X - mean_tr) / sd_tr

A_tr = sm.add_constant(Xs[tr])
A_te = sm.add_constant(Xs[te], has_constant="add")

alphas = np.full(A_tr.shape[1], 0.5)
alphas[0] = 0.0
res = sm.Logit(y[tr], A_tr).fit_regularized(method="l1", alpha=alphas, disp=0)
coefs = pd.Series(res.params[1:], index=xcols)
print("non-zero coefficients:")
print(coefs[coefs.abs() > 1e-6].sort_values())

p = res.predict(A_te)
print(f"test AUC     {roc_auc_score(y[te], p):.3f}")
print(f"test logloss {log_loss(y[te], p):.4f}")
print(f"test Brier   {brier_score_loss(y[te], p):.4f}")

# precision in the top 5% of scores, what the retention team can call
k = int(0.05 * te.sum())
top = np.argsort(-p)[:k]
print(f"precision@5% {y[te][top].mean():.3f}")
