"""Next-month churn from monthly customer snapshots: pooled logit, out-of-time test."""
import numpy as np
import pandas as pd
import statsmodels.api as sm
from sklearn.metrics import roc_auc_score, brier_score_loss

TARGET = "churned_next_month"

df = pd.read_csv("churn_snapshots.csv", parse_dates=["snapshot_month"])
df = df.sort_values(["customer_id", "snapshot_month"]).reset_index(drop=True)

# history terms use the previous snapshot only
g = df.groupby("customer_id")
df["tickets_prev"] = g["support_tickets"].shift(1).fillna(0)
df["logins_delta"] = (df["n_logins"] - g["n_logins"].shift(1)).fillna(0)
df["log_charges"] = np.log1p(df["monthly_charges"])
df["m2m"] = (df["contract_type"] == "month-to-month").astype(float)

feats = ["tenure_months", "log_charges", "support_tickets", "tickets_prev",
         "logins_delta", "payment_delay_days", "discount_pct", "m2m"]

# out-of-time, out-of-customer evaluation
cutoff = pd.Timestamp("2023-01-01")
in_train = (df["snapshot_month"] < cutoff).to_numpy()
seen = np.unique(df.loc[in_train, "customer_id"].to_numpy())
in_test = (~in_train) & (~np.isin(df["customer_id"].to_numpy(), seen))
print(f"train rows {in_train.sum()}, test rows {in_test.sum()} "
      f"({len(np.unique(df.loc[in_test, 'customer_id']))} new customers)")

X = df[feats].to_numpy(dtype=float)
y = df[TARGET].to_numpy().astype(int)

mu = X[in_train].mean(axis=0)
sd = X[in_train].std(axis=0, ddof=1)
sd[sd == 0] = 1.0
Z = (X - mu) / sd

X_tr = sm.add_constant(Z[in_train])
X_te = sm.add_constant(Z[in_test], has_constant="add")
y_tr, y_te = y[in_train], y[in_test]

model = sm.Logit(y_tr, X_tr)
res = model.fit(disp=0, maxiter=200)
coef = pd.Series(res.params, index=["const"] + feats)
print(coef.round(3))

p_te = res.predict(X_te)

# reference forecast: training churn rate for everyone
prior = y_tr.mean()
p_ref = np.full(len(y_te), prior)

auc = roc_auc_score(y_te, p_te)
bs = brier_score_loss(y_te, p_te)
bs_ref = brier_score_loss(y_te, p_ref)
print(f"AUC   model {auc:.3f}   prior baseline 0.500")
print(f"Brier model {bs:.4f}  prior baseline {bs_ref:.4f}  skill {1 - bs / bs_ref:.3f}")

# percentile bootstrap for the test AUC
rng = np.random.default_rng(11)
boot = []
n = len(y_te)
for _ in range(1000):
    b = rng.integers(0, n, n)
    if y_te[b].min() == y_te[b].max():
        continue
    boot.append(roc_auc_score(y_te[b], p_te[b]))
lo, hi = np.percentile(boot, [2.5, 97.5])
print(f"AUC 95% CI [{lo:.3f}, {hi:.3f}]")
