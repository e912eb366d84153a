"""
Churn take-home: penalised logistic regression with a cluster bootstrap.

Estimand: discrimination (ROC AUC) on *future* snapshots of customers the
model has never seen. I hold out the last three snapshot months and drop from
that window every customer who already appears in the training window, then
resample customers (not rows) to get an interval, because rows of the same
customer are obviously not independent.
"""
import numpy as np
import pandas as pd
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score, average_precision_score, brier_score_loss

RNG = np.random.default_rng(20240611)

df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
print("train:", df.shape, " test:", test.shape)
print("churn prevalence: %.4f" % df["churned_next_month"].mean())

num_cols = ["tenure_months", "monthly_charges", "support_tickets_30d",
            "logins_30d", "late_payments_90d", "num_addons"]
cat_cols = ["plan", "contract_type", "payment_method"]

print(df[num_cols].describe().T.round(2))
print(df.isna().mean().sort_values(ascending=False).head())

# design matrix; treatment coding like R's default contrasts
X_all = pd.get_dummies(df[num_cols + cat_cols], columns=cat_cols,
                       drop_first=True, dtype=float)
X_all[num_cols] = X_all[num_cols].fillna(0)
y_all = df["churned_next_month"].to_numpy()

# ---- holdout: last 3 months, customers unseen in the training window ----
months = np.sort(df["snapshot_month"].unique())
cutoff = months[-3]
in_train = (df["snapshot_month"] < cutoff).to_numpy()
seen = set(df.loc[in_train, "customer_id"])
in_hold = ((df["snapshot_month"] >= cutoff) & ~df["customer_id"].isin(seen)).to_numpy()
print("train rows %d, holdout rows %d (%d new customers)"
      % (in_train.sum(), in_hold.sum(), df.loc[in_hold, "customer_id"].nunique()))

X_tr, X_ho = X_all[in_train].copy(), X_all[in_hold].copy()

# per-SD scale, with means/SDs estimated in the training window only
scaler = StandardScaler().fit(X_tr[num_cols])
X_tr[num_cols] = scaler.transform(X_tr[num_cols])
X_ho[num_cols] = scaler.transform(X_ho[num_cols])

model = LogisticRegression(C=0.5, max_iter=2000)
model.fit(X_tr, y_all[in_train])

p_hold = model.predict_proba(X_ho)[:, 1]
y_hold = y_all[in_hold]

# baseline: predict the training prevalence for everybody
prior = y_all[in_train].mean()
p_base = np.full_like(p_hold, prior)

print("\n%-28s %8s %8s %8s" % ("", "AUC", "AP", "Brier"))
print("%-28s %8.3f %8.3f %8.4f" % ("baseline (prevalence)", 0.5,
      average_precision_score(y_hold, p_base), brier_score_loss(y_hold, p_base)))
print("%-28s %8.3f %8.3f %8.4f" % ("logistic (L2, C=0.5)",
      roc_auc_score(y_hold, p_hold), average_precision_score(y_hold, p_hold),
      brier_score_loss(y_hold, p_hold)))

# ---- cluster bootstrap over customers ----
hold_ids = df.loc[in_hold, "customer_id"].to_numpy()
rows_of = pd.Series(np.arange(len(hold_ids))).groupby(hold_ids).apply(np.array).to_dict()
customers = np.array(list(rows_of))
B = 2000
boot = []
for b in range(B):
    draw = RNG.choice(customers, size=len(customers), replace=True)
    rows = np.concatenate([rows_of[c] for c in draw])
    yb = y_hold[rows]
    if yb.min() == yb.max():
        continue
    boot.append(roc_auc_score(yb, p_hold[rows]))
lo, hi = np.percentile(boot, [2.5, 97.5])
print("AUC 95%% cluster-bootstrap CI: [%.3f, %.3f]  (%d valid replicates)" % (lo, hi, len(boot)))

coefs = pd.Series(model.coef_[0], index=X_all.columns).sort_values()
print("\nlog-odds per SD / vs reference level:")
print(coefs.round(3).to_string())

# ---- final model: refit scaler + model on all labelled rows, predict test.csv ----
X_full = X_all.copy()
final_scaler = StandardScaler().fit(X_full[num_cols])
X_full[num_cols] = final_scaler.transform(X_full[num_cols])

X_test = pd.get_dummies(test[num_cols + cat_cols], columns=cat_cols,
                        drop_first=True, dtype=float)
X_test = X_test.reindex(columns=X_all.columns, fill_value=0.0)
X_test[num_cols] = final_scaler.transform(X_test[num_cols].fillna(0))

final = LogisticRegression(C=0.5, max_iter=2000).fit(X_full, y_all)
pd.DataFrame({"snapshot_id": test["snapshot_id"],
              "prediction": final.predict_proba(X_test)[:, 1]}).to_csv("predictions.csv", index=False)
print("wrote predictions.csv")
