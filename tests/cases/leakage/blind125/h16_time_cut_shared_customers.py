import json
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt

s = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
print("train", s.shape, "test", test.shape)
print(s.dtypes)

print(s["churned_next_month"].value_counts(normalize=True))
print(s.groupby("snapshot_month")["churned_next_month"].mean().round(3))
print(s.isna().sum().sort_values(ascending=False).head(8))

from sklearn.ensemble import GradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

CATS = ["plan", "region", "contract_type", "payment_method"]
DROP = ["snapshot_id", "customer_id", "snapshot_month", "churned_next_month", "retention_offer_accepted", "account_closed_date_known"]

s = s.sort_values(["customer_id", "snapshot_month"])
g = s.groupby("customer_id")
s["logins_lag1"] = g["logins_30d"].shift(1)
s["logins_lag2"] = g["logins_30d"].shift(2)
s["tickets_lag1"] = g["support_tickets_30d"].shift(1)
s["charges_diff"] = g["monthly_charges"].diff()
s["tenure_bucket"] = pd.cut(s["tenure_months"], bins=[-1, 6, 12, 24, 48, 1000], labels=False)
s = s.fillna({"logins_lag1": -1, "logins_lag2": -1, "tickets_lag1": -1, "charges_diff": 0})

X = pd.get_dummies(s.drop(columns=DROP), columns=CATS, dtype=float)
y = s["churned_next_month"]

# train on Jan-Jun, evaluate on Jul-Sep
cutoff = pd.Timestamp("2024-07-01")
is_train = s["snapshot_month"] < cutoff
is_eval = s["snapshot_month"] >= cutoff

print("train rows:", is_train.sum(), "eval rows:", is_eval.sum())

gb = GradientBoostingClassifier(n_estimators=250, max_depth=3, learning_rate=0.05, subsample=0.8, random_state=3)
gb.fit(X[is_train], y[is_train])
proba = gb.predict_proba(X[is_eval])[:, 1]

naive = DummyClassifier(strategy="prior").fit(X[is_train], y[is_train])
naive_proba = naive.predict_proba(X[is_eval])[:, 1]

for label, p in [("gbm", proba), ("naive prior", naive_proba)]:
    print(f"{label:12s} roc_auc={roc_auc_score(y[is_eval], p):.4f} ap={average_precision_score(y[is_eval], p):.4f}")

imp = pd.Series(gb.feature_importances_, index=X.columns).sort_values(ascending=False)
print(imp.head(15))
