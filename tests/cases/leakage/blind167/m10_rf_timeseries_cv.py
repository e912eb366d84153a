# churn_model.py -- take-home submission
# Random forest on monthly snapshots, validated with an expanding-window
# TimeSeriesSplit over the snapshot month (train always earlier than valid);
# each validation fold keeps only customers absent from its training fold,
# because test.csv contains other customers.

import json
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import roc_auc_score, average_precision_score
from sklearn.model_selection import TimeSeriesSplit

TARGET = "churned_next_month"
ID_COL = "snapshot_id"
NOT_FEATURES = [TARGET, ID_COL, "customer_id", "snapshot_month",
                "retention_offer_accepted",      # outcome of the retention call -> after the fact
                "account_closed_date_known"]     # only filled once the account is closed

df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])

# ---- quick look ---------------------------------------------------------
print(df.dtypes)
print("rows:", len(df), "customers:", df.customer_id.nunique())
print(df.groupby(df.snapshot_month.dt.month)[TARGET].mean().round(3))
print(df[["logins_30d", "days_since_last_login", "support_tickets_30d",
          "payment_failures_90d", TARGET]].corr()[TARGET].round(3))

# ---- features -------------------------------------------------------------
def featurize(d):
    d = d.copy()
    d["days_since_last_login"] = d["days_since_last_login"].fillna(999)
    d["logins_30d"] = d["logins_30d"].fillna(0)
    d["engaged"] = ((d["logins_30d"] >= 8) & (d["days_since_last_login"] <= 3)).astype(int)
    d["failures_x_charges"] = d["payment_failures_90d"] * d["monthly_charges"]
    d["tenure_lt_6"] = (d["tenure_months"] < 6).astype(int)
    d = pd.get_dummies(d, columns=["plan", "region"], dtype=int)
    return d

df = featurize(df).sort_values("snapshot_month").reset_index(drop=True)
test = featurize(test)
FEATS = [c for c in df.columns if c not in NOT_FEATURES]
for c in FEATS:
    if c not in test.columns:
        test[c] = 0

X, y = df[FEATS], df[TARGET]

# ---- validation ---------------------------------------------------------
tscv = TimeSeriesSplit(n_splits=4)
rf_auc, rf_ap, base_auc, base_ap = [], [], [], []
for fold, (tr, va) in enumerate(tscv.split(X)):
    seen = set(df.customer_id.iloc[tr])
    va = va[~df.customer_id.iloc[va].isin(seen).values]
    rf = RandomForestClassifier(n_estimators=400, max_depth=10, min_samples_leaf=10,
                                class_weight="balanced", n_jobs=-1, random_state=fold)
    rf.fit(X.iloc[tr], y.iloc[tr])
    p = rf.predict_proba(X.iloc[va])[:, 1]

    base = DummyClassifier(strategy="prior").fit(X.iloc[tr], y.iloc[tr])
    pb = base.predict_proba(X.iloc[va])[:, 1]

    rf_auc.append(roc_auc_score(y.iloc[va], p)); rf_ap.append(average_precision_score(y.iloc[va], p))
    base_auc.append(roc_auc_score(y.iloc[va], pb)); base_ap.append(average_precision_score(y.iloc[va], pb))
    print(f"fold {fold}: train up to {df.snapshot_month.iloc[tr].max():%Y-%m}, "
          f"valid {df.snapshot_month.iloc[va].min():%Y-%m}..{df.snapshot_month.iloc[va].max():%Y-%m}, "
          f"rf auc {rf_auc[-1]:.3f}, baseline auc {base_auc[-1]:.3f}")

print(f"RF        AUC {np.mean(rf_auc):.4f} +/- {np.std(rf_auc):.4f}   AP {np.mean(rf_ap):.4f}")
print(f"baseline  AUC {np.mean(base_auc):.4f}                AP {np.mean(base_ap):.4f}")

# ---- final model ----------------------------------------------------------
final = RandomForestClassifier(n_estimators=400, max_depth=10, min_samples_leaf=10,
                               class_weight="balanced", n_jobs=-1, random_state=0).fit(X, y)
test["prediction"] = final.predict_proba(test[FEATS])[:, 1]
test[[ID_COL, "prediction"]].to_csv("predictions.csv", index=False)
json.dump({"roc_auc": float(np.mean(rf_auc)), "average_precision": float(np.mean(rf_ap))},
          open("metrics.json", "w"))
