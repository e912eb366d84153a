"""Churn: screen candidate covariates by point-biserial correlation, then logit."""
import numpy as np
import pandas as pd
import statsmodels.api as sm
from scipy import stats
from sklearn.calibration import calibration_curve
from sklearn.metrics import roc_auc_score, brier_score_loss

df = pd.read_csv("churn_snapshots.csv", parse_dates=["snapshot_month"])
df = df.sort_values(["customer_id", "snapshot_month"]).reset_index(drop=True)
g = df.groupby("customer_id")
df["usage_lag"] = g["data_usage_gb"].shift(1)
df["charges_lag"] = g["monthly_charges"].shift(1)
df["charge_jump"] = df["monthly_charges"] - df["charges_lag"]
df["usage_ratio"] = df["data_usage_gb"] / (df["usage_lag"] + 1)
df = df.dropna(subset=["usage_lag", "charges_lag"]).reset_index(drop=True)

candidates = ["tenure_months", "monthly_charges", "data_usage_gb", "n_logins",
              "support_tickets", "payment_delay_days", "discount_pct",
              "charge_jump", "usage_ratio"]

mon = df["snapshot_month"].to_numpy()
cid = df["customer_id"].to_numpy()
fit_rows = np.flatnonzero(mon < np.datetime64("2023-01-01"))
test_rows = np.flatnonzero((mon >= np.datetime64("2023-01-01"))
                           & ~np.isin(cid, np.unique(cid[fit_rows])))

y = df["churned_next_month"].to_numpy()
X = df[candidates].to_numpy(float)

screen = []
for j, name in enumerate(candidates):
    r, pval = stats.pointbiserialr(y[fit_rows], X[fit_rows, j])
    screen.append((name, r, pval))
screen = pd.DataFrame(screen, columns=["var", "r", "p"]).sort_values("p")
print(screen.round(4).to_string(index=False))
keep = screen.loc[screen["p"] < 0.01, "var"].tolist()
idx = [candidates.index(v) for v in keep]
print("kept:", keep)

Xk = X[:, idx]
mu = Xk[fit_rows].mean(0)
sd = Xk[fit_rows].std(0)
Zf = sm.add_constant((Xk[fit_rows] - mu) / sd)
Zt = sm.add_constant((Xk[test_rows] - mu) / sd, has_constant="add")

res = sm.Logit(y[fit_rows], Zf).fit(disp=0)
p = res.predict(Zt)
yt = y[test_rows]
p0 = np.full(len(yt), y[fit_rows].mean())

print(f"AUC {roc_auc_score(yt, p):.3f}")
print(f"Brier {brier_score_loss(yt, p):.4f} vs climatology baseline {brier_score_loss(yt, p0):.4f}")

obs, pred = calibration_curve(yt, p, n_bins=8, strategy="quantile")
print("calibration (pred -> obs)")
for a, b in zip(pred, obs):
    print(f"  {a:.3f} -> {b:.3f}")
print(f"mean predicted {p.mean():.4f}, observed {yt.mean():.4f}")
