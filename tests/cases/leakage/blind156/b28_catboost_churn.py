"""CatBoost for churn_next_month.

CatBoost handles plan / region natively. Validation: fit on Jan-Jun, evaluate
on Jul-Sep rows of customers that only appear from July on.
"""
import json

import pandas as pd
from catboost import CatBoostClassifier
from sklearn.metrics import average_precision_score, precision_recall_curve, roc_auc_score

task = json.load(open("task.json"))
TARGET, ID = task["target"], task["id_column"]

train = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
print(train.shape, test.shape)
print(train[TARGET].value_counts())
print(train.groupby(["plan", "region"])[TARGET].mean().unstack().round(3))

cat_cols = ["plan", "region"]
num_cols = ["tenure_months", "monthly_charges", "has_discount", "logins_30d",
            "days_since_last_login", "support_tickets_30d", "payment_failures_90d"]
for d in (train, test):
    d["support_per_login"] = d["support_tickets_30d"] / (1 + d["logins_30d"])
    d["failure_x_charges"] = d["payment_failures_90d"] * d["monthly_charges"]
feature_cols = cat_cols + num_cols + ["support_per_login", "failure_x_charges"]
print("not used:", [c for c in train.columns if c not in feature_cols])

cut = pd.Timestamp("2024-07-01")
fit_part = train[train["snapshot_month"] < cut]
val_part = train[train["snapshot_month"] >= cut]
val_part = val_part[~val_part["customer_id"].isin(fit_part["customer_id"])]
print(len(fit_part), len(val_part), val_part[TARGET].sum())

cb = CatBoostClassifier(iterations=800, learning_rate=0.03, depth=6, l2_leaf_reg=5,
                        auto_class_weights="SqrtBalanced", cat_features=cat_cols,
                        random_seed=0, verbose=200)
cb.fit(fit_part[feature_cols], fit_part[TARGET])

p_cb = cb.predict_proba(val_part[feature_cols])[:, 1]
auc = roc_auc_score(val_part[TARGET], p_cb)
ap = average_precision_score(val_part[TARGET], p_cb)
print(f"catboost  roc_auc={auc:.4f}  average_precision={ap:.4f}")

prec, rec, thr = precision_recall_curve(val_part[TARGET], p_cb)
pr_table = pd.DataFrame({"precision": prec[:-1], "recall": rec[:-1], "threshold": thr})
print(pr_table.iloc[:: max(len(thr) // 10, 1)])
print(cb.get_feature_importance(prettified=True).head(10))

final = CatBoostClassifier(iterations=800, learning_rate=0.03, depth=6, l2_leaf_reg=5,
                           auto_class_weights="SqrtBalanced", cat_features=cat_cols,
                           random_seed=0, verbose=0)
final.fit(train[feature_cols], train[TARGET])
pd.DataFrame({ID: test[ID], "prediction": final.predict_proba(test[feature_cols])[:, 1]}).to_csv(
    "predictions.csv", index=False)
json.dump({"roc_auc": round(float(auc), 4), "average_precision": round(float(ap), 4)},
          open("metrics.json", "w"))
