"""Trial -> paid conversion, one row per trial account-day.

Take-home for the growth analytics role. Predict converted_14d for each
account-day snapshot. My plan: engineer some account-level engagement
rollups, gradient boosting, compare with a prior-rate dummy.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

df = pd.read_csv("train.csv", parse_dates=["snapshot_date", "signup_date"])
df = df.sort_values(["account_id", "snapshot_date"]).reset_index(drop=True)

print(df.shape)
print(df["converted_14d"].mean().round(3), "conversion rate")
print(df.groupby("signup_channel")["converted_14d"].mean().sort_values())

# --- engagement rollups per account -------------------------------------
acct = df.groupby("account_id")
df["acct_total_sessions"] = acct["sessions"].transform("sum")
df["acct_max_seats"] = acct["active_seats"].transform("max")
df["acct_total_invites"] = acct["invites_sent"].transform("sum")
df["acct_integrations"] = acct["integrations_connected"].transform("max")
df["acct_billing_views"] = acct["billing_page_views"].transform("sum")
# 3-day activity trend
df["sessions_3d"] = acct["sessions"].transform(lambda s: s.rolling(3, min_periods=1).mean())

df["days_since_signup"] = (df["snapshot_date"] - df["signup_date"]).dt.days
df = pd.get_dummies(df, columns=["signup_channel", "company_size", "industry"], dtype=int)

drop_cols = ["row_id", "account_id", "snapshot_date", "signup_date",
             "converted_14d", "first_invoice_amount", "paid_plan"]
features = [c for c in df.columns if c not in drop_cols]

# --- split: last month of snapshots is the test period ------------------
# accounts already seen before the cutoff are removed from the test side
cutoff = pd.Timestamp("2024-05-01")
train = df[df["snapshot_date"] < cutoff]
test = df[(df["snapshot_date"] >= cutoff) & ~df["account_id"].isin(train["account_id"])]
print("train rows", len(train), "test rows", len(test))

X_tr, y_tr = train[features], train["converted_14d"]
X_te, y_te = test[features], test["converted_14d"]

base = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
model = HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, random_state=7)
model.fit(X_tr, y_tr)

p_base = base.predict_proba(X_te)[:, 1]
p = model.predict_proba(X_te)[:, 1]
print(f"baseline  ROC AUC {roc_auc_score(y_te, p_base):.3f}  PR AUC {average_precision_score(y_te, p_base):.3f}")
print(f"hgb       ROC AUC {roc_auc_score(y_te, p):.3f}  PR AUC {average_precision_score(y_te, p):.3f}")

top = np.argsort(-p)[: int(0.1 * len(p))]
print("conversion rate in top decile:", y_te.iloc[top].mean().round(3))
