"""Retention offer take-home: churn model on monthly account snapshots.

Validation mimics production: fit on snapshots before 2023-10, score 2023-10 .. 2023-12.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, log_loss

CUTOFF = "2023-10"
USAGE_COLS = ["usage_hours_30d", "usage_change_pct", "support_tickets_90d"]

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(df.shape, test.shape)
print(df.groupby("snapshot_month").agg(n=("account_id", "size"), churn=("churned", "mean")))

# usage telemetry has gaps (collector outages); fill gaps from neighbouring snapshots in time order
print("missing before:", df[USAGE_COLS].isna().sum().to_dict())
df = df.sort_values(["snapshot_month", "account_id"]).reset_index(drop=True)
df[USAGE_COLS] = df[USAGE_COLS].bfill()
print("missing after:", df[USAGE_COLS].isna().sum().to_dict())

PLAN_ORDER = {"basic": 0, "standard": 1, "premium": 2, "business": 3}


def features(frame):
    X = pd.DataFrame(index=frame.index)
    X["plan"] = frame["plan"].map(PLAN_ORDER)
    X["monthly_fee"] = frame["monthly_fee"]
    X["tenure_months"] = frame["tenure_months"]
    X["short_tenure"] = (frame["tenure_months"] < 6).astype(int)
    X["tickets"] = frame["support_tickets_90d"]
    X["usage"] = frame["usage_hours_30d"]
    X["usage_drop"] = (frame["usage_change_pct"] < -30).astype(int)
    X["usage_change_pct"] = frame["usage_change_pct"]
    X["late_payments"] = frame["late_payments_12m"]
    X["discount_pct"] = frame["discount_pct"]
    X["offer_sent"] = frame["offer_sent"]
    X["offer_x_tickets"] = frame["offer_sent"] * frame["support_tickets_90d"]
    X["month_of_year"] = pd.to_datetime(frame["snapshot_month"]).dt.month
    return X


fit = df[df["snapshot_month"] < CUTOFF]
val = df[df["snapshot_month"] >= CUTOFF]
X_fit, y_fit = features(fit), fit["churned"]
X_val, y_val = features(val), val["churned"]
print("fit:", X_fit.shape, "val:", X_val.shape)

model = HistGradientBoostingClassifier(max_iter=400, learning_rate=0.04, max_leaf_nodes=31,
                                       l2_regularization=0.5, random_state=0)
model.fit(X_fit, y_fit)
dummy = DummyClassifier(strategy="prior").fit(X_fit, y_fit)

for name, est in [("hgb", model), ("dummy", dummy)]:
    p = est.predict_proba(X_val)[:, 1]
    print(f"{name:6s} AUC {roc_auc_score(y_val, p):.4f}  AP {average_precision_score(y_val, p):.4f}  "
          f"logloss {log_loss(y_val, p):.4f}")

# churn rate among high-risk accounts, split by whether they got the offer
p_val = model.predict_proba(X_val)[:, 1]
risk = pd.cut(p_val, [0, 0.2, 0.4, 1.0], labels=["low", "mid", "high"])
print(val.assign(risk=risk).pivot_table(index="risk", columns="offer_sent", values="churned", aggfunc="mean"))

model.fit(features(df), df["churned"])
test_sorted = test.sort_values(["snapshot_month", "account_id"])
test_sorted[USAGE_COLS] = test_sorted[USAGE_COLS].ffill()
pd.DataFrame({"account_id": test_sorted["account_id"],
              "prediction": model.predict_proba(features(test_sorted))[:, 1]}).to_csv("predictions.csv", index=False)
