"""SaaS next-month churn – lagged usage features, MI screening, LightGBM.

Lags and rolling means are computed per account over past months only (shifted by one),
plus the current month's values, which are known when the prediction is made.
Evaluation: later months, restricted to accounts not seen in the training months.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.feature_selection import mutual_info_classif
from sklearn.metrics import average_precision_score, roc_auc_score

df = pd.read_csv("train.csv", parse_dates=["month"])
df = df.sort_values(["account_id", "month"]).reset_index(drop=True)

usage = [c for c in df.columns if c.startswith(("feat_", "usage_"))]
core = ["logins_total", "active_users", "support_tickets", "days_since_last_login"]
g = df.groupby("account_id")

for c in core:
    prev = g[c].shift(1)
    df[f"{c}_lag1"] = prev
    df[f"{c}_roll3_prev"] = prev.groupby(df["account_id"]).rolling(3, min_periods=1).mean().reset_index(level=0, drop=True)
    df[f"{c}_delta"] = df[c] - df[f"{c}_lag1"]
df["months_active"] = g.cumcount()
df["seats_change"] = df["seats"] - g["seats"].shift(1)
df["active_ratio"] = df["active_users"] / df["seats"].clip(lower=1)

engineered = [c for c in df.columns if c.endswith(("_lag1", "_roll3_prev", "_delta"))]
features = usage + core + engineered + ["seats", "mrr", "nps_last", "invoices_overdue",
                                        "months_active", "seats_change", "active_ratio"]
X = df[features].fillna(0)
y = df["churn_next_month"].astype(int)

cut = pd.Timestamp("2023-07-01")
is_train = df["month"] < cut
seen = set(df.loc[is_train, "account_id"])
is_test = (~is_train) & (~df["account_id"].isin(seen))
X_tr, y_tr, X_te, y_te = X[is_train], y[is_train], X[is_test], y[is_test]
print(f"train {len(X_tr)} rows, test {len(X_te)} rows from {df.loc[is_test, 'account_id'].nunique()} new accounts")

mi = pd.Series(mutual_info_classif(X_tr, y_tr, random_state=0), index=features).sort_values(ascending=False)
print(mi.head(20).round(4).to_string())
keep = list(mi[mi > 0.002].index)
print(len(keep), "features kept")

model = lgb.LGBMClassifier(n_estimators=500, learning_rate=0.03, num_leaves=15, min_child_samples=50,
                           subsample=0.8, subsample_freq=1, random_state=0, verbose=-1)
model.fit(X_tr[keep], y_tr)
p = model.predict_proba(X_te[keep])[:, 1]
p0 = DummyClassifier(strategy="prior").fit(X_tr, y_tr).predict_proba(X_te)[:, 1]
print(f"LightGBM  ROC AUC {roc_auc_score(y_te, p):.4f}  PR AUC {average_precision_score(y_te, p):.4f}")
print(f"prior     ROC AUC {roc_auc_score(y_te, p0):.4f}  PR AUC {average_precision_score(y_te, p0):.4f}")
