"""churn-snapshots take-home.

Features: snapshot columns, per-customer lags, and smoothed churn-rate encodings of
plan x region and of the tenure band. Validation: customers hashed into a 20% holdout
bucket, scored only on their Jul-Sep snapshots; training uses the other customers' Jan-Jun rows.
"""
import hashlib
import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

TARGET = "churned_next_month"
DROP = ["snapshot_id", "customer_id", "snapshot_month", TARGET,
        "retention_offer_accepted", "account_closed_date_known"]
CUTOFF = "2024-07-01"
ALPHA = 20.0  # smoothing strength for the rate encodings

df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])


def bucket(cid) -> int:
    return int(hashlib.md5(str(cid).encode()).hexdigest(), 16) % 10


def add_lags(frame):
    frame = frame.sort_values(["customer_id", "snapshot_month"]).copy()
    g = frame.groupby("customer_id")
    for col in ["logins_30d", "days_since_last_login", "support_tickets_30d"]:
        frame[col + "_prev"] = g[col].shift(1)
        frame[col + "_chg"] = frame[col] - frame[col + "_prev"]
    frame["discount_dropped"] = ((g["has_discount"].shift(1) == 1) & (frame["has_discount"] == 0)).astype(int)
    frame["tenure_band"] = pd.cut(frame["tenure_months"], [-1, 2, 5, 11, 23, 999], labels=False)
    frame["plan_region"] = frame["plan"].astype(str) + "|" + frame["region"].astype(str)
    return frame


def rate_encoding(source, key, prior, alpha=ALPHA):
    stats = source.groupby(key)[TARGET].agg(["sum", "count"])
    return (stats["sum"] + alpha * prior) / (stats["count"] + alpha)


df = add_lags(df)
test = add_lags(test)
df["bucket"] = df["customer_id"].map(bucket)
holdout_cust = df["bucket"] < 2
train_rows = (df["snapshot_month"] < CUTOFF) & ~holdout_cust
valid_rows = (df["snapshot_month"] >= CUTOFF) & holdout_cust

prior = df[TARGET].mean()
for key in ["plan_region", "tenure_band"]:
    enc = rate_encoding(df, key, prior)
    df[key + "_rate"] = df[key].map(enc).fillna(prior)
    test[key + "_rate"] = test[key].map(enc).fillna(prior)

features = [c for c in df.columns if c not in DROP + ["bucket", "plan_region", "plan", "region"]]
print("features:", features)

X_tr, y_tr = df.loc[train_rows, features], df.loc[train_rows, TARGET]
X_va, y_va = df.loc[valid_rows, features], df.loc[valid_rows, TARGET]

model = xgb.XGBClassifier(n_estimators=500, learning_rate=0.03, max_depth=4, subsample=0.8,
                          colsample_bytree=0.8, min_child_weight=5, eval_metric="aucpr",
                          scale_pos_weight=(1 - y_tr.mean()) / y_tr.mean())
model.fit(X_tr, y_tr)
dummy = DummyClassifier(strategy="stratified", random_state=0).fit(X_tr, y_tr)

p_model = model.predict_proba(X_va)[:, 1]
p_dummy = dummy.predict_proba(X_va)[:, 1]
print(f"dummy  AUC {roc_auc_score(y_va, p_dummy):.4f}  AP {average_precision_score(y_va, p_dummy):.4f}")
print(f"xgb    AUC {roc_auc_score(y_va, p_model):.4f}  AP {average_precision_score(y_va, p_model):.4f}")

model.fit(df[features], df[TARGET])
pd.DataFrame({"snapshot_id": test["snapshot_id"],
              "prediction": model.predict_proba(test[features])[:, 1]}).to_csv("predictions.csv", index=False)
