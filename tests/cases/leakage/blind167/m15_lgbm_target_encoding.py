# Churn snapshots -- LightGBM with target-encoded categoricals
#
# plan and region have few levels but their churn rates differ a lot, so instead of
# one-hot I encode them (and their combination) with a smoothed churn rate.

import json

import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.metrics import average_precision_score, roc_auc_score

with open("task.json") as fh:
    TASK = json.load(fh)
TARGET = TASK["target"]
ID = TASK["id_column"]
LEAKY = TASK["leaky_columns"]
SMOOTH = 50

train = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
print(train[TARGET].value_counts(normalize=True))

for d in (train, test):
    d["plan_region"] = d["plan"].astype(str) + "|" + d["region"].astype(str)
    d["has_discount"] = d["has_discount"].astype(int)
    d["logins_per_tenure"] = d["logins_30d"] / (d["tenure_months"] + 1)
    d["recent_failures"] = (d["payment_failures_90d"] > 0).astype(int)

ENC_COLS = ["plan", "region", "plan_region"]


def smoothed_rate(frame, col, prior):
    agg = frame.groupby(col)[TARGET].agg(["sum", "count"])
    return (agg["sum"] + SMOOTH * prior) / (agg["count"] + SMOOTH)


# encode categoricals with their churn rate
prior = train[TARGET].mean()
for col in ENC_COLS:
    rate = smoothed_rate(train, col, prior)
    train[col + "_te"] = train[col].map(rate).fillna(prior)
    test[col + "_te"] = test[col].map(rate).fillna(prior)

FEATURES = ["tenure_months", "monthly_charges", "has_discount", "logins_30d",
            "days_since_last_login", "support_tickets_30d", "payment_failures_90d",
            "logins_per_tenure", "recent_failures"] + [c + "_te" for c in ENC_COLS]

# validation: snapshots from July on, for customers with no earlier snapshot
cut = pd.Timestamp("2024-07-01")
fit_df = train[train["snapshot_month"] < cut]
val_df = train[(train["snapshot_month"] >= cut) & ~train["customer_id"].isin(fit_df["customer_id"])]
print("fit", fit_df.shape, "val", val_df.shape)

params = dict(objective="binary", learning_rate=0.03, n_estimators=600, num_leaves=15,
              min_child_samples=80, reg_lambda=1.0, colsample_bytree=0.9, verbose=-1, random_state=3)
clf = lgb.LGBMClassifier(**params).fit(fit_df[FEATURES], fit_df[TARGET])
p = clf.predict_proba(val_df[FEATURES])[:, 1]

# baseline: plan-level churn rate only
p_base = val_df["plan_te"].values

print(f"baseline (plan rate)  AUC={roc_auc_score(val_df[TARGET], p_base):.4f}  "
      f"AP={average_precision_score(val_df[TARGET], p_base):.4f}")
print(f"LightGBM              AUC={roc_auc_score(val_df[TARGET], p):.4f}  "
      f"AP={average_precision_score(val_df[TARGET], p):.4f}")

model = lgb.LGBMClassifier(**params).fit(train[FEATURES], train[TARGET])
test["prediction"] = model.predict_proba(test[FEATURES])[:, 1]
test[[ID, "prediction"]].to_csv("predictions.csv", index=False)
json.dump({"roc_auc": float(roc_auc_score(val_df[TARGET], p))}, open("metrics.json", "w"))
