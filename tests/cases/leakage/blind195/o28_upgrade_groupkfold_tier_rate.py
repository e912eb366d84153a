#!/usr/bin/env python3
"""Upgrade propensity (30 days) from weekly account snapshots.

CV: GroupKFold on account_id, so an account's snapshots are never split
between training and validation folds.
"""
import argparse

import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import GroupKFold

p = argparse.ArgumentParser()
p.add_argument("--folds", type=int, default=5)
p.add_argument("--lr", type=float, default=0.05)
args = p.parse_args()

df = pd.read_csv("train.csv", parse_dates=["week"])
df = df.sort_values(["account_id", "week"]).reset_index(drop=True)

# --- features -------------------------------------------------------------
g = df.groupby("account_id")
df["logins_lag1"] = g["logins"].shift(1)
df["logins_lag4"] = g["logins"].shift(4)
df["users_lag1"] = g["active_users"].shift(1)
df["adoption_lag1"] = g["feature_adoption_score"].shift(1)
df["logins_trend"] = df["logins_lag1"] - df["logins_lag4"]
df["utilisation"] = df["active_users"] / df["seats"].clip(lower=1)
df["week_of_year"] = df["week"].dt.isocalendar().week.astype(int)

# how often accounts on the same plan tier upgrade
df["tier_upgrade_rate"] = df.groupby("plan_tier")["upgraded_30d"].transform("mean")

df["plan_tier_code"] = df["plan_tier"].map({"free": 0, "starter": 1, "team": 2, "business": 3})

FEATURES = ["logins", "active_users", "seats", "feature_adoption_score",
            "support_tickets", "invoices_late", "company_size", "trial_flag",
            "logins_lag1", "logins_lag4", "users_lag1", "adoption_lag1",
            "logins_trend", "utilisation", "week_of_year", "tier_upgrade_rate",
            "plan_tier_code"]

X = df[FEATURES]
y = df["upgraded_30d"]
groups = df["account_id"]

# --- grouped CV -------------------------------------------------------------
oof = np.zeros(len(df))
for k, (tr, va) in enumerate(GroupKFold(n_splits=args.folds).split(X, y, groups)):
    m = HistGradientBoostingClassifier(learning_rate=args.lr, max_iter=500,
                                       max_leaf_nodes=31, class_weight="balanced",
                                       random_state=k)
    m.fit(X.iloc[tr], y.iloc[tr])
    oof[va] = m.predict_proba(X.iloc[va])[:, 1]
    print(f"fold {k}: auc={roc_auc_score(y.iloc[va], oof[va]):.4f} "
          f"ap={average_precision_score(y.iloc[va], oof[va]):.4f}")

print(f"OOF ROC-AUC {roc_auc_score(y, oof):.4f} | PR-AUC {average_precision_score(y, oof):.4f}")

# --- final model ------------------------------------------------------------
final = HistGradientBoostingClassifier(learning_rate=args.lr, max_iter=500,
                                       max_leaf_nodes=31, class_weight="balanced",
                                       random_state=0).fit(X, y)

test = pd.read_csv("test.csv", parse_dates=["week"])
hist = df[test.columns]
t = pd.concat([hist, test], ignore_index=True).sort_values(["account_id", "week"])
tg = t.groupby("account_id")
t["logins_lag1"] = tg["logins"].shift(1)
t["logins_lag4"] = tg["logins"].shift(4)
t["users_lag1"] = tg["active_users"].shift(1)
t["adoption_lag1"] = tg["feature_adoption_score"].shift(1)
t["logins_trend"] = t["logins_lag1"] - t["logins_lag4"]
t["utilisation"] = t["active_users"] / t["seats"].clip(lower=1)
t["week_of_year"] = t["week"].dt.isocalendar().week.astype(int)
t["tier_upgrade_rate"] = t["plan_tier"].map(df.groupby("plan_tier")["upgraded_30d"].mean())
t["plan_tier_code"] = t["plan_tier"].map({"free": 0, "starter": 1, "team": 2, "business": 3})
t = t[t["snapshot_id"].isin(test["snapshot_id"])]

pd.DataFrame({"snapshot_id": t["snapshot_id"],
              "prediction": final.predict_proba(t[FEATURES])[:, 1]}).to_csv(
    "predictions.csv", index=False)
