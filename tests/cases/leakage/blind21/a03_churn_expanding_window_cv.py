"""Churn: forward-chaining validation over snapshot months, logit with lagged terms."""
import numpy as np
import pandas as pd
import statsmodels.api as sm
from scipy import stats
from sklearn.metrics import roc_auc_score, brier_score_loss

df = pd.read_csv("churn_snapshots.csv", parse_dates=["snapshot_month"])
df = df.sort_values(["customer_id", "snapshot_month"]).reset_index(drop=True)

grp = df.groupby("customer_id")
df["usage_lag1"] = grp["data_usage_gb"].shift(1)
df["usage_chg"] = np.log1p(df["data_usage_gb"]) - np.log1p(df["usage_lag1"])
df["tickets_lag1"] = grp["support_tickets"].shift(1)
df = df.dropna(subset=["usage_lag1", "tickets_lag1"]).reset_index(drop=True)

cols = ["tenure_months", "monthly_charges", "usage_chg", "support_tickets",
        "tickets_lag1", "payment_delay_days", "discount_pct"]
X = df[cols].to_numpy(dtype=float)
y = df["churned_next_month"].to_numpy()
month = df["snapshot_month"].to_numpy()

months = np.sort(np.unique(month))
first_val = 12            # need a year of history before the first fold
results = []
for k in range(first_val, len(months)):
    tr = month < months[k]
    va = month == months[k]
    if y[va].sum() < 5:
        continue
    mu, sd = X[tr].mean(0), X[tr].std(0)
    sd = np.where(sd > 0, sd, 1.0)
    Ztr = sm.add_constant((X[tr] - mu) / sd)
    Zva = sm.add_constant((X[va] - mu) / sd, has_constant="add")
    fit = sm.Logit(y[tr], Ztr).fit(disp=0)
    p = fit.predict(Zva)
    p0 = np.full(va.sum(), y[tr].mean())
    results.append({
        "month": pd.Timestamp(months[k]).strftime("%Y-%m"),
        "n": int(va.sum()),
        "auc": roc_auc_score(y[va], p),
        "brier": brier_score_loss(y[va], p),
        "brier_base": brier_score_loss(y[va], p0),
    })

res = pd.DataFrame(results)
print(res.round(4).to_string(index=False))

# paired comparison against the constant-rate baseline across folds
diff = res["brier_base"] - res["brier"]
t, pval = stats.ttest_1samp(diff, 0.0)
print(f"mean AUC {res['auc'].mean():.3f} (sd {res['auc'].std():.3f})")
print(f"Brier improvement over baseline {diff.mean():.5f}, t={t:.2f}, p={pval:.3g}")
w = res["n"] / res["n"].sum()
print(f"row-weighted AUC {np.sum(w * res['auc']):.3f}")
