# -*- coding: utf-8 -*-
"""churn-snapshots | gradient boosting

Notes
-----
* days_since_last_login is missing for ~8% of snapshots (tracking outage). Within a customer the value is
  smooth from month to month, so I carry the customer's previous snapshot forward (never a later one).
* validation mirrors test.csv: other customers, later months.
"""
import pandas as pd
import numpy as np
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

TGT = "churned_next_month"

snapshots = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
snapshots = snapshots.sort_values(["customer_id", "snapshot_month"]).reset_index(drop=True)
print(snapshots.shape)
print(snapshots.isna().mean().round(3))
print(snapshots.groupby("region")[TGT].mean().round(3))

# ---- fill the login gaps per customer (past values only)
snapshots["login_missing"] = snapshots["days_since_last_login"].isna().astype(int)
snapshots["days_since_last_login"] = (
    snapshots.groupby("customer_id")["days_since_last_login"].ffill()
)
snapshots["days_since_last_login"] = snapshots["days_since_last_login"].fillna(90)

# ---- other features
snapshots["dormant"] = (snapshots["days_since_last_login"] > 21).astype(int)
snapshots["price_band"] = pd.cut(snapshots["monthly_charges"], bins=[0, 25, 50, 75, np.inf], labels=False)
plan_rank = {"basic": 0, "standard": 1, "premium": 2}
snapshots["plan_rank"] = snapshots["plan"].map(plan_rank)
snapshots = pd.get_dummies(snapshots, columns=["region"], prefix="region", dtype=int)
snapshots["has_discount"] = snapshots["has_discount"].astype(int)

X_COLS = ["tenure_months", "plan_rank", "monthly_charges", "price_band", "has_discount", "logins_30d",
          "days_since_last_login", "login_missing", "dormant", "support_tickets_30d",
          "payment_failures_90d"] + [c for c in snapshots.columns if c.startswith("region_")]

# ---- split
uniq = np.array(sorted(snapshots["customer_id"].unique()))
perm = np.random.RandomState(34).permutation(len(uniq))
valid_customers = set(uniq[perm[: len(uniq) // 5]])
m_valid_c = snapshots["customer_id"].isin(valid_customers)
fit_df = snapshots[~m_valid_c & (snapshots["snapshot_month"] < "2024-07-01")]
val_df = snapshots[m_valid_c & (snapshots["snapshot_month"] >= "2024-07-01")]
print("fit:", fit_df.shape, "val:", val_df.shape)

gb = GradientBoostingClassifier(n_estimators=350, learning_rate=0.05, max_depth=3,
                                min_samples_leaf=30, subsample=0.9, random_state=34)
gb.fit(fit_df[X_COLS], fit_df[TGT])
proba = gb.predict_proba(val_df[X_COLS])[:, 1]

dummy = DummyClassifier(strategy="prior").fit(fit_df[X_COLS], fit_df[TGT])
proba_dummy = dummy.predict_proba(val_df[X_COLS])[:, 1]

print("Dummy    AUC %.4f | AP %.4f" % (roc_auc_score(val_df[TGT], proba_dummy), average_precision_score(val_df[TGT], proba_dummy)))
print("GB       AUC %.4f | AP %.4f" % (roc_auc_score(val_df[TGT], proba), average_precision_score(val_df[TGT], proba)))

top = sorted(zip(gb.feature_importances_, X_COLS), reverse=True)[:10]
for imp, name in top:
    print(f"{name:28s}{imp:.3f}")
