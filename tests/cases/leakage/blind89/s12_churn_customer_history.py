"""Churn with customer-history features + SelectFromModel.

Each customer appears in several monthly snapshots. Weekly usage has gaps (missing
weeks), which are filled from the customer's neighbouring snapshots, and a few
per-customer profile features are added before selection.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.feature_selection import SelectFromModel
from sklearn.metrics import average_precision_score, roc_auc_score

df = pd.read_csv("train.csv", parse_dates=["snapshot_date"])
df = df.sort_values(["customer_id", "snapshot_date"]).reset_index(drop=True)

usage = [c for c in df.columns if c.startswith(("voice_", "data_", "sms_", "app_", "roam_"))]

# fill usage gaps within a customer's history
df[usage] = df.groupby("customer_id")[usage].bfill()
df[usage] = df[usage].fillna(0)

# customer profile features
df["data_total"] = df[[c for c in usage if c.startswith("data_")]].sum(axis=1)
df["voice_total"] = df[[c for c in usage if c.startswith("voice_")]].sum(axis=1)
g = df.groupby("customer_id")
df["cust_avg_data"] = g["data_total"].transform("mean")
df["cust_max_tickets"] = g["support_tickets_90d"].transform("max")
df["cust_n_snapshots"] = g["snapshot_date"].transform("count")
df["data_vs_cust_avg"] = df["data_total"] / (df["cust_avg_data"] + 1)

engineered = ["data_total", "voice_total", "cust_avg_data", "cust_max_tickets",
              "cust_n_snapshots", "data_vs_cust_avg"]
account = ["tenure_months", "monthly_charge", "n_lines", "support_tickets_90d", "payment_delays_12m"]
features = usage + account + engineered

cut = pd.Timestamp("2023-10-01")
tr = df["snapshot_date"] < cut
X_tr, y_tr = df.loc[tr, features], df.loc[tr, "churned"].astype(int)
X_te, y_te = df.loc[~tr, features], df.loc[~tr, "churned"].astype(int)
print("train", X_tr.shape, "holdout", X_te.shape)

selector = SelectFromModel(
    lgb.LGBMClassifier(n_estimators=300, learning_rate=0.05, colsample_bytree=0.5,
                       importance_type="gain", random_state=1, verbose=-1),
    threshold="1.25*mean",
)
selector.fit(X_tr, y_tr)
kept = list(np.array(features)[selector.get_support()])
print(len(kept), "features kept:", kept[:20], "...")

clf = lgb.LGBMClassifier(n_estimators=600, learning_rate=0.03, num_leaves=31,
                         subsample=0.8, subsample_freq=1, random_state=1, verbose=-1)
clf.fit(X_tr[kept], y_tr)
p = clf.predict_proba(X_te[kept])[:, 1]
p0 = DummyClassifier(strategy="prior").fit(X_tr, y_tr).predict_proba(X_te)[:, 1]

print(f"LGBM      ROC AUC {roc_auc_score(y_te, p):.4f}   PR AUC {average_precision_score(y_te, p):.4f}")
print(f"baseline  ROC AUC {roc_auc_score(y_te, p0):.4f}   PR AUC {average_precision_score(y_te, p0):.4f}")

imp = pd.Series(clf.feature_importances_, index=kept).sort_values(ascending=False)
print(imp.head(15).to_string())
