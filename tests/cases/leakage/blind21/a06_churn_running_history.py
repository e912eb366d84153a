"""Churn with running customer history (strictly past snapshots), out-of-time test."""
import numpy as np
import pandas as pd
import statsmodels.api as sm
from sklearn.metrics import roc_auc_score, brier_score_loss, average_precision_score

raw = pd.read_csv("churn_snapshots.csv")
raw["snapshot_month"] = pd.to_datetime(raw["snapshot_month"])

# order rows by customer, then by date
order = np.lexsort((raw["snapshot_month"].to_numpy(), raw["customer_id"].to_numpy()))
df = raw.iloc[order].reset_index(drop=True)

g = df.groupby("customer_id")


def past_mean(s):
    return s.shift(1).expanding().mean()


def past_max(s, w):
    return s.shift(1).rolling(w, min_periods=1).max()


df["usage_hist_mean"] = g["data_usage_gb"].transform(past_mean)
df["tickets_hist_mean"] = g["support_tickets"].transform(past_mean)
df["delay_max_3m"] = g["payment_delay_days"].transform(lambda s: past_max(s, 3))
df["n_prior_snaps"] = g.cumcount()
df["usage_drop"] = np.log1p(df["data_usage_gb"]) - np.log1p(df["usage_hist_mean"])

features = ["tenure_months", "monthly_charges", "support_tickets", "tickets_hist_mean",
            "delay_max_3m", "usage_drop", "n_prior_snaps", "discount_pct"]
df = df.dropna(subset=features).reset_index(drop=True)

months = df["snapshot_month"].to_numpy()
cust = df["customer_id"].to_numpy()
train = months < np.datetime64("2023-01-01")
test = ~train & ~np.isin(cust, cust[train])

X = df[features].to_numpy(dtype=float)
y = df["churned_next_month"].to_numpy()

m = X[train].mean(0)
s = X[train].std(0, ddof=1)
Xz = (X - m) / s

fit = sm.Logit(y[train], sm.add_constant(Xz[train])).fit(disp=0, method="bfgs", maxiter=500)
p_test = fit.predict(sm.add_constant(Xz[test], has_constant="add"))
yt = y[test]

p_baseline = np.full_like(p_test, y[train].mean())
rows = {
    "logit": (roc_auc_score(yt, p_test), average_precision_score(yt, p_test), brier_score_loss(yt, p_test)),
    "baseline (train rate)": (0.5, yt.mean(), brier_score_loss(yt, p_baseline)),
}
print(pd.DataFrame(rows, index=["AUC", "AP", "Brier"]).T.round(4))

odds = pd.Series(np.exp(fit.params[1:]), index=features)
print("\nodds ratio per 1 sd")
print(odds.round(3).sort_values())
