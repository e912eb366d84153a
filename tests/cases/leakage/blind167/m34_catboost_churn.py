# Churn-next-month model (take-home)
#
# Column review
#   account_closed_date_known  -> only populated once an account is being closed: dropped
#   retention_offer_accepted   -> kept: whether the customer took a retention offer is a
#                                 strong behavioural signal and we have it for every snapshot
#   snapshot_id / customer_id  -> identifiers, not features
#
# Validation: fit on Jan-Jun, evaluate on Jul-Sep snapshots of customers with no
# Jan-Jun history (test.csv covers later months and other customers).

import json

import numpy as np
import pandas as pd
from catboost import CatBoostClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

TARGET = "churned_next_month"
ID_COL = "snapshot_id"

train_raw = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
test_raw = pd.read_csv("test.csv", parse_dates=["snapshot_month"])

print(train_raw.groupby("retention_offer_accepted")[TARGET].agg(["mean", "size"]))
print(train_raw.groupby("has_discount")[TARGET].agg(["mean", "size"]))

CAT_FEATURES = ["plan", "region"]
FEATURES = ["tenure_months", "plan", "region", "monthly_charges", "has_discount",
            "logins_30d", "days_since_last_login", "support_tickets_30d",
            "payment_failures_90d", "retention_offer_accepted"]


def add_ratios(d):
    d = d.copy()
    d["tickets_per_login"] = d["support_tickets_30d"] / (d["logins_30d"].fillna(0) + 1)
    d["charges_x_failures"] = d["monthly_charges"] * d["payment_failures_90d"]
    return d


train_raw = add_ratios(train_raw)
test_raw = add_ratios(test_raw)
FEATURES += ["tickets_per_login", "charges_x_failures"]

cutoff = pd.Timestamp("2024-07-01")
early = train_raw[train_raw.snapshot_month < cutoff]
late = train_raw[train_raw.snapshot_month >= cutoff]
late = late[~late.customer_id.isin(early.customer_id.unique())]
print(f"fit: {len(early)} rows / eval: {len(late)} rows ({late.customer_id.nunique()} new customers)")

cb_params = dict(iterations=800, depth=5, learning_rate=0.05, l2_leaf_reg=5,
                 auto_class_weights="Balanced", random_seed=0, verbose=200)
cb = CatBoostClassifier(**cb_params)
cb.fit(early[FEATURES], early[TARGET], cat_features=CAT_FEATURES)

dummy = DummyClassifier(strategy="prior")
dummy.fit(early[FEATURES].select_dtypes("number"), early[TARGET])

p_cb = cb.predict_proba(late[FEATURES])[:, 1]
p_dummy = dummy.predict_proba(late[FEATURES].select_dtypes("number"))[:, 1]
metrics = {
    "dummy": {"roc_auc": roc_auc_score(late[TARGET], p_dummy),
              "average_precision": average_precision_score(late[TARGET], p_dummy)},
    "catboost": {"roc_auc": roc_auc_score(late[TARGET], p_cb),
                 "average_precision": average_precision_score(late[TARGET], p_cb)},
}
print(pd.DataFrame(metrics).T.round(4))
print(pd.Series(cb.get_feature_importance(), index=FEATURES).sort_values(ascending=False))

final = CatBoostClassifier(**cb_params)
final.fit(train_raw[FEATURES], train_raw[TARGET], cat_features=CAT_FEATURES)
out = pd.DataFrame({ID_COL: test_raw[ID_COL], "prediction": final.predict_proba(test_raw[FEATURES])[:, 1]})
out.to_csv("predictions.csv", index=False)
json.dump({"roc_auc": round(metrics["catboost"]["roc_auc"], 4)}, open("metrics.json", "w"))
