"""Churn snapshots - regularised logistic regression on history features.

Linear model on purpose: the retention team wants coefficients they can read.
"""
import numpy as np
import pandas as pd
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

TARGET = "churned_next_month"
BASE_NUM = ["tenure_months", "monthly_spend", "logins_30d", "support_tickets_30d", "days_since_last_login"]

train = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
panel = pd.concat([train, test], ignore_index=True).sort_values(["customer_id", "snapshot_month"])

by_cust = panel.groupby("customer_id")
for c in BASE_NUM[1:]:
    panel[c + "_lag1"] = by_cust[c].shift(1)
    panel[c + "_diff1"] = panel[c] - panel[c + "_lag1"]
panel["logins_min3_prev"] = by_cust["logins_30d"].transform(lambda s: s.shift(1).rolling(3, min_periods=1).min())
panel["spend_max_prev"] = by_cust["monthly_spend"].transform(lambda s: s.shift(1).cummax())
panel["spend_below_peak"] = panel["monthly_spend"] / panel["spend_max_prev"].replace(0, np.nan)
panel["log_spend"] = np.log1p(panel["monthly_spend"].clip(lower=0))
panel = pd.get_dummies(panel, columns=["plan", "region"], drop_first=True, dtype=float)

FEATURES = [c for c in panel.columns if c not in (
    "snapshot_id", "customer_id", "snapshot_month", TARGET,
    "retention_offer_accepted", "account_closed_date_known")]

lab = panel[panel[TARGET].notna()].reset_index(drop=True)
unl = panel[panel[TARGET].isna()].reset_index(drop=True)
X_lab = lab[FEATURES].fillna(0.0).to_numpy()
y_lab = lab[TARGET].astype(int).to_numpy()
X_unl = unl[FEATURES].fillna(0.0).to_numpy()

# customers split by id, then time cut
uniq = lab["customer_id"].unique()
rng = np.random.default_rng(123)
val_customers = rng.choice(uniq, size=round(0.2 * len(uniq)), replace=False)
is_val_cust = lab["customer_id"].isin(val_customers).to_numpy()
late = (lab["snapshot_month"] >= "2024-07-01").to_numpy()
tr_idx = np.flatnonzero(~is_val_cust & ~late)
va_idx = np.flatnonzero(is_val_cust & late)

scaler = StandardScaler()
X_tr = scaler.fit_transform(X_lab[tr_idx])   # scaling statistics from the training part only
X_va = scaler.transform(X_lab[va_idx])
y_tr, y_va = y_lab[tr_idx], y_lab[va_idx]

model = LogisticRegression(C=0.3, penalty="l2", max_iter=5000, class_weight="balanced")
model.fit(X_tr, y_tr)
p_va = model.predict_proba(X_va)[:, 1]

baseline = DummyClassifier(strategy="most_frequent").fit(X_tr, y_tr)
p_base = baseline.predict_proba(X_va)[:, 1]

print(f"logreg   roc_auc={roc_auc_score(y_va, p_va):.4f}  pr_auc={average_precision_score(y_va, p_va):.4f}")
print(f"baseline roc_auc={roc_auc_score(y_va, p_base):.4f}  pr_auc={average_precision_score(y_va, p_base):.4f}")

coef = pd.Series(model.coef_[0], index=FEATURES)
print(coef.reindex(coef.abs().sort_values(ascending=False).index).head(12).round(3))

# ---- submission: refit scaler + model on all labelled months
final_scaler = StandardScaler().fit(X_lab)
final = LogisticRegression(C=0.3, penalty="l2", max_iter=5000, class_weight="balanced")
final.fit(final_scaler.transform(X_lab), y_lab)
pd.DataFrame({"snapshot_id": unl["snapshot_id"],
              "prediction": final.predict_proba(final_scaler.transform(X_unl))[:, 1]}).to_csv("predictions.csv", index=False)
