#!/usr/bin/env python3
"""Lapse model -- rebalanced training data + ExtraTrees.

Lapses are rare (~7% of policy-years).  I upsample the lapsed policy-years to
a 1:3 ratio so the forest sees enough of them, then evaluate out-of-time.
"""
import sys

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import ExtraTreesClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, recall_score, precision_score
from sklearn.utils import resample

SEED = 35
RATIO = 1 / 3

path = sys.argv[1] if len(sys.argv) > 1 else "train.csv"
book = pd.read_csv(path).sort_values(["policy_id", "calendar_year"]).reset_index(drop=True)

# ------------------------------------------------------------------ features
prev = book.groupby("policy_id")["missed_payments"].shift(1)
book["missed_prev"] = prev.fillna(0)
book["missed_trend"] = book["missed_payments"] - book["missed_prev"]
book["loan_share"] = (book["loan_balance"].fillna(0) / book["sum_assured"]).clip(0, 1)
book["premium_k"] = book["annual_premium"] / 1000
book["mode_monthly"] = (book["premium_mode"] == "monthly").astype(int)
book = pd.get_dummies(book, columns=["product_type", "agent_channel", "payment_method", "region"],
                      dtype=float)
book["smoker"] = book["smoker"].map({"Y": 1, "N": 0}).fillna(0)
book["sex"] = book["sex"].map({"M": 1, "F": 0}).fillna(0)

features = [c for c in book.columns if c not in (
    "policy_year_id", "policy_id", "calendar_year", "issue_year", "premium_mode",
    "surrender_value_paid", "lapse_notice_sent", "lapsed")]
book[features] = book[features].fillna(0)

# --------------------------------------------------------------- rebalance
lapsers = book[book["lapsed"] == 1]
stayers = book[book["lapsed"] == 0]
lapsers_up = resample(lapsers, replace=True, n_samples=int(len(stayers) * RATIO), random_state=SEED)
balanced = pd.concat([stayers, lapsers_up]).sort_values(["policy_id", "calendar_year"])
print(f"rows {len(book)} -> {len(balanced)}; lapse share {book.lapsed.mean():.3f} -> {balanced.lapsed.mean():.3f}")

# ------------------------------------------------------------------ split
train = balanced[balanced["calendar_year"] <= 2018]
test = balanced[(balanced["calendar_year"] >= 2019) & ~balanced["policy_id"].isin(train["policy_id"])]
print("train", train.shape, "test", test.shape)

X_train, y_train = train[features], train["lapsed"]
X_test, y_test = test[features], test["lapsed"]

# ------------------------------------------------------------------ models
dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)
et = ExtraTreesClassifier(n_estimators=600, min_samples_leaf=10, max_features=0.5,
                          n_jobs=-1, random_state=SEED)
et.fit(X_train, y_train)

for name, clf in [("dummy baseline", dummy), ("extra trees", et)]:
    p = clf.predict_proba(X_test)[:, 1]
    yhat = (p >= 0.5).astype(int)
    print(f"{name:15s} AUC {roc_auc_score(y_test, p):.4f}  AP {average_precision_score(y_test, p):.4f}  "
          f"P {precision_score(y_test, yhat, zero_division=0):.3f}  R {recall_score(y_test, yhat):.3f}")

top = pd.Series(et.feature_importances_, index=features).nlargest(12)
print(top.round(4).to_string())
