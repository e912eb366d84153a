"""Churn: upsample churners in the estimation window, then undo the prior shift."""
import numpy as np
import pandas as pd
from sklearn.utils import resample
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score, brier_score_loss, log_loss

df = pd.read_csv("churn_snapshots.csv", parse_dates=["snapshot_month"])
df = df.sort_values("snapshot_month").reset_index(drop=True)

df["ln_usage"] = np.log1p(df["data_usage_gb"])
df["ln_charges"] = np.log1p(df["monthly_charges"])
df["is_m2m"] = (df["contract_type"] == "month-to-month").astype(int)
X_COLS = ["tenure_months", "ln_usage", "ln_charges", "support_tickets",
          "payment_delay_days", "discount_pct", "is_m2m"]

cutoff = pd.Timestamp("2023-01-01")
train = df[df["snapshot_month"] < cutoff]
rest = df[df["snapshot_month"] >= cutoff]
test = rest[~rest["customer_id"].isin(set(train["customer_id"]))]
print("train", train.shape, "test", test.shape)

pos = train[train["churned_next_month"] == 1]
neg = train[train["churned_next_month"] == 0]
pos_up = resample(pos, replace=True, n_samples=len(neg) // 3, random_state=5)
train_up = pd.concat([neg, pos_up]).sample(frac=1.0, random_state=5)

pi_true = train["churned_next_month"].mean()
pi_up = train_up["churned_next_month"].mean()
print(f"churn share: original {pi_true:.3f}, upsampled {pi_up:.3f}")

mu = train_up[X_COLS].mean()
sd = train_up[X_COLS].std()
Xtr = ((train_up[X_COLS] - mu) / sd).to_numpy()
Xte = ((test[X_COLS] - mu) / sd).to_numpy()
ytr = train_up["churned_next_month"].to_numpy()
yte = test["churned_next_month"].to_numpy()

clf = LogisticRegression(C=1.0, max_iter=1000)
clf.fit(Xtr, ytr)

# intercept correction for the sampling ratio (King & Zeng)
logit_up = clf.decision_function(Xte)
offset = np.log((pi_up / (1 - pi_up)) / (pi_true / (1 - pi_true)))
p_adj = 1 / (1 + np.exp(-(logit_up - offset)))

p_base = np.full(len(yte), pi_true)
print(f"AUC        {roc_auc_score(yte, p_adj):.3f}")
print(f"log loss   {log_loss(yte, p_adj):.4f}  baseline {log_loss(yte, p_base):.4f}")
print(f"Brier      {brier_score_loss(yte, p_adj):.4f}  baseline {brier_score_loss(yte, p_base):.4f}")
print(f"mean pred  {p_adj.mean():.3f}  observed {yte.mean():.3f}")
