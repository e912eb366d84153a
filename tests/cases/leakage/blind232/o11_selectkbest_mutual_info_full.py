#!/usr/bin/env python
# Churn take-home: many engineered features -> keep the most informative ones -> gradient boosting.

import warnings
warnings.filterwarnings("ignore")

import numpy as np
import pandas as pd
from sklearn.feature_selection import SelectKBest, mutual_info_classif
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, brier_score_loss

RANDOM_STATE = 11
K_BEST = 12
TARGET = "churned_next_month"

raw = pd.read_csv("train.csv")
raw_test = pd.read_csv("test.csv")
raw["snapshot_month"] = pd.to_datetime(raw["snapshot_month"])
raw_test["snapshot_month"] = pd.to_datetime(raw_test["snapshot_month"])


def engineer(df):
    f = pd.DataFrame(index=df.index)
    num = ["monthly_charges", "tenure_months", "usage_hours", "support_tickets", "payment_failures"]
    for c in num:
        f[c] = df[c].fillna(0)
    f["log_usage"] = np.log1p(f["usage_hours"])
    f["log_charges"] = np.log1p(f["monthly_charges"].clip(lower=0))
    f["charge_per_usage"] = f["monthly_charges"] / (f["usage_hours"] + 1)
    f["tickets_per_month"] = f["support_tickets"] / (f["tenure_months"] + 1)
    f["failures_per_month"] = f["payment_failures"] / (f["tenure_months"] + 1)
    f["any_ticket"] = (f["support_tickets"] > 0).astype(int)
    f["any_failure"] = (f["payment_failures"] > 0).astype(int)
    f["tenure_lt_6"] = (f["tenure_months"] < 6).astype(int)
    f["tenure_gt_24"] = (f["tenure_months"] > 24).astype(int)
    f["low_usage"] = (f["usage_hours"] < 5).astype(int)
    f["ticket_x_failure"] = f["support_tickets"] * f["payment_failures"]
    f["tenure_sq"] = f["tenure_months"] ** 2
    f["month_of_year"] = df["snapshot_month"].dt.month
    f["quarter"] = df["snapshot_month"].dt.quarter
    plan = pd.get_dummies(df["plan"].str.lower(), prefix="plan", dtype=int)
    return pd.concat([f, plan], axis=1)


F = engineer(raw)
F_test = engineer(raw_test).reindex(columns=F.columns, fill_value=0)
y = raw[TARGET].values
print("engineered features:", F.shape[1])

# ---- keep the K most informative features --------------------------------------
selector = SelectKBest(score_func=lambda X, y: mutual_info_classif(X, y, random_state=RANDOM_STATE), k=K_BEST)
selector.fit(F, y)
mi = pd.Series(selector.scores_, index=F.columns).sort_values(ascending=False)
print(mi.round(4))
keep = list(F.columns[selector.get_support()])
print("kept:", keep)

# ---- validation: earlier months -> later months, unseen customers ------------------
month = raw["snapshot_month"]
train_idx = np.flatnonzero(month <= "2024-06-30")
seen_customers = set(raw.loc[train_idx, "customer_id"])
valid_idx = np.flatnonzero((month > "2024-06-30") & ~raw["customer_id"].isin(seen_customers))
print(f"train={len(train_idx)}  valid={len(valid_idx)}")

X_tr, X_va = F.iloc[train_idx][keep], F.iloc[valid_idx][keep]
y_tr, y_va = y[train_idx], y[valid_idx]


def report(name, p):
    print(f"{name:<12} auc={roc_auc_score(y_va, p):.4f}  ap={average_precision_score(y_va, p):.4f}  "
          f"brier={brier_score_loss(y_va, p):.4f}")


base = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
report("baseline", base.predict_proba(X_va)[:, 1])

gbm = GradientBoostingClassifier(
    n_estimators=300, learning_rate=0.05, max_depth=3, subsample=0.8, random_state=RANDOM_STATE
)
gbm.fit(X_tr, y_tr)
report("gbm", gbm.predict_proba(X_va)[:, 1])

# same model on all engineered features, just to see what selection buys
gbm_all = GradientBoostingClassifier(
    n_estimators=300, learning_rate=0.05, max_depth=3, subsample=0.8, random_state=RANDOM_STATE
)
gbm_all.fit(F.iloc[train_idx], y_tr)
report("gbm_allfeat", gbm_all.predict_proba(F.iloc[valid_idx])[:, 1])

# ---- submission -------------------------------------------------------------------
gbm.fit(F[keep], y)
pd.DataFrame({
    "snapshot_id": raw_test["snapshot_id"],
    "churn_probability": gbm.predict_proba(F_test[keep])[:, 1],
}).to_csv("predictions.csv", index=False)
print("saved predictions.csv")
