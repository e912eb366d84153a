#!/usr/bin/env python
"""Seller churn (next month) - HistGradientBoosting, holdout on later months.

Author note: panel data, one row per seller-month. Train on the early months,
evaluate on later months for sellers the model has never seen.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, recall_score

TARGET = "churned_next_month"
CUTOFF = pd.Timestamp("2018-03-01")


def load():
    panel = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
    sellers = pd.read_csv("sellers.csv", parse_dates=["signup_date"])
    regions = pd.read_csv("regions.csv")
    panel = panel.merge(sellers[["seller_id", "signup_date", "region_id", "main_category", "is_pro"]],
                        on="seller_id", how="left")
    panel = panel.merge(regions[["region_id", "urban_share", "avg_transit_days"]], on="region_id", how="left")
    return panel


def make_features(panel):
    p = panel.sort_values(["seller_id", "snapshot_month"]).copy()
    g = p.groupby("seller_id")
    for col in ["orders_m", "gmv_m", "avg_review_m", "cancel_rate_m"]:
        p[f"{col}_lag1"] = g[col].shift(1)
        p[f"{col}_lag2"] = g[col].shift(2)
    p["orders_delta"] = p["orders_m"] - p["orders_m_lag1"]
    p["gmv_pct_change"] = (p["gmv_m"] - p["gmv_m_lag1"]) / (p["gmv_m_lag1"].abs() + 1)
    p["months_active"] = g.cumcount() + 1
    p["tenure_days"] = (p["snapshot_month"] - p["signup_date"]).dt.days
    p["month_of_year"] = p["snapshot_month"].dt.month
    p = pd.get_dummies(p, columns=["main_category"], prefix="cat", dtype=int)
    return p


panel = make_features(load())
print(panel.shape, "churn rate:", panel[TARGET].mean().round(3))

drop_cols = ["row_id", "seller_id", "snapshot_month", "signup_date", "region_id",
             "deactivation_date", "final_payout_status", TARGET]

train = panel[panel["snapshot_month"] < CUTOFF]
test = panel[panel["snapshot_month"] >= CUTOFF]
seen = set(train["seller_id"])
test = test[~test["seller_id"].isin(seen)]
print(f"train rows {len(train)} | test rows {len(test)} from {test['seller_id'].nunique()} unseen sellers")

X_tr, y_tr = train.drop(columns=drop_cols), train[TARGET]
X_te, y_te = test.drop(columns=drop_cols), test[TARGET]

hgb = HistGradientBoostingClassifier(learning_rate=0.05, max_iter=400, max_leaf_nodes=31,
                                     l2_regularization=1.0, class_weight="balanced", random_state=3)
hgb.fit(X_tr, y_tr)
prior = DummyClassifier(strategy="prior").fit(X_tr, y_tr)

p = hgb.predict_proba(X_te)[:, 1]
p0 = prior.predict_proba(X_te)[:, 1]
print("HGB   AUC %.3f  AP %.3f  recall %.3f" % (roc_auc_score(y_te, p), average_precision_score(y_te, p),
                                               recall_score(y_te, p >= 0.5)))
print("prior AUC %.3f  AP %.3f" % (roc_auc_score(y_te, p0), average_precision_score(y_te, p0)))
