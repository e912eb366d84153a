#!/usr/bin/env python
"""Seller churn (next month) - HistGradientBoosting + cross-validation.

Author note: panel data, one row per seller-month. I keep sellers together in CV
so the model can't memorise a seller.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import GroupKFold, cross_validate

TARGET = "churned_next_month"


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
X = panel.drop(columns=drop_cols)
y = panel[TARGET]
groups = panel["seller_id"]

cv = GroupKFold(n_splits=5)
scoring = ["roc_auc", "average_precision", "recall"]

hgb = HistGradientBoostingClassifier(learning_rate=0.05, max_iter=400, max_leaf_nodes=31,
                                     l2_regularization=1.0, class_weight="balanced", random_state=3)
res = cross_validate(hgb, X, y, groups=groups, cv=cv, scoring=scoring)
base = cross_validate(DummyClassifier(strategy="prior"), X, y, groups=groups, cv=cv, scoring=scoring[:2])

print("HGB   AUC %.3f +/- %.3f" % (res["test_roc_auc"].mean(), res["test_roc_auc"].std()))
print("HGB   AP  %.3f +/- %.3f" % (res["test_average_precision"].mean(), res["test_average_precision"].std()))
print("HGB   recall %.3f" % res["test_recall"].mean())
print("prior AUC %.3f  AP %.3f" % (base["test_roc_auc"].mean(), base["test_average_precision"].mean()))
