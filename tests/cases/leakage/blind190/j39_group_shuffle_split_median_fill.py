"""Churn snapshots.

Rows of the same customer are correlated, so validation holds out whole
customers (GroupShuffleSplit on customer_id). Missing telemetry is filled
with column medians.
"""
import numpy as np
import pandas as pd
from sklearn.model_selection import GroupShuffleSplit
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, balanced_accuracy_score

TARGET = "churned_next_month"
GROUP = "customer_id"

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
n_train = len(train)
both = pd.concat([train, test], ignore_index=True)
both["snapshot_month"] = pd.to_datetime(both["snapshot_month"])
both = both.sort_values([GROUP, "snapshot_month"])

grp = both.groupby(GROUP)
both["logins_prev"] = grp["logins_30d"].shift(1)
both["spend_prev"] = grp["monthly_spend"].shift(1)
both["dsl_prev"] = grp["days_since_last_login"].shift(1)
both["logins_drop"] = both["logins_prev"] - both["logins_30d"]
both["spend_drop"] = both["spend_prev"] - both["monthly_spend"]
both["tickets_3m_prev"] = grp["support_tickets_30d"].transform(lambda s: s.shift(1).rolling(3, min_periods=1).sum())
both["history_months"] = grp.cumcount()
both = pd.get_dummies(both, columns=["plan", "region"], dtype=int)

FEATURES = [c for c in both.columns if c not in
            [GROUP, "snapshot_id", "snapshot_month", TARGET,
             "retention_offer_accepted", "account_closed_date_known"]]

lab = both[both[TARGET].notna()].reset_index(drop=True)
unl = both[both[TARGET].isna()].reset_index(drop=True)

X = lab[FEATURES]
X = X.fillna(X.median())
y = lab[TARGET].astype(int)

splitter = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=8)
tr_idx, va_idx = next(splitter.split(X, y, groups=lab[GROUP]))
X_tr, X_va, y_tr, y_va = X.iloc[tr_idx], X.iloc[va_idx], y.iloc[tr_idx], y.iloc[va_idx]

models = {
    "baseline_prior": DummyClassifier(strategy="prior"),
    "rf": RandomForestClassifier(n_estimators=300, min_samples_leaf=15, class_weight="balanced",
                                 n_jobs=-1, random_state=0),
}
for name, m in models.items():
    m.fit(X_tr, y_tr)
    pr = m.predict_proba(X_va)[:, 1]
    print(f"{name:15s} auc={roc_auc_score(y_va, pr):.4f}  ap={average_precision_score(y_va, pr):.4f}  "
          f"bal_acc={balanced_accuracy_score(y_va, pr > 0.5):.4f}")

rf = models["rf"].fit(X, y)
X_unl = unl[FEATURES].fillna(X.median())
pd.DataFrame({"snapshot_id": unl["snapshot_id"], "prediction": rf.predict_proba(X_unl)[:, 1]}).to_csv(
    "predictions.csv", index=False)
