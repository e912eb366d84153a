"""Churn snapshots - HistGradientBoosting with a small hyper-parameter sweep.

Split (mirrors test.csv = later months, other customers):
    train : snapshots before 2024-07
    valid : snapshots 2024-07..2024-08 of customers absent from train  -> pick params
    test  : snapshots 2024-09 of customers absent from train and valid -> scored once
"""
import itertools
import json

import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

TARGET = "churned_next_month"
ID = "snapshot_id"
CATS = ["plan", "region"]
NUMS = ["tenure_months", "monthly_charges", "has_discount", "logins_30d",
        "days_since_last_login", "support_tickets_30d", "payment_failures_90d"]


def load(path):
    d = pd.read_csv(path, parse_dates=["snapshot_month"])
    d[NUMS] = d[NUMS].astype(float)
    d["tickets_per_login"] = d["support_tickets_30d"] / (d["logins_30d"] + 1)
    for c in CATS:
        d[c] = d[c].astype(str)
    return pd.get_dummies(d, columns=CATS, dtype=float)


df = load("train.csv")
sub = load("test.csv")
FEATURES = [c for c in df.columns
            if c not in (TARGET, ID, "customer_id", "snapshot_month",
                         "retention_offer_accepted", "account_closed_date_known")]
sub = sub.reindex(columns=[ID] + FEATURES, fill_value=0.0)

cut_valid, cut_test = pd.Timestamp("2024-07-01"), pd.Timestamp("2024-09-01")
train = df[df.snapshot_month < cut_valid]
valid = df[(df.snapshot_month >= cut_valid) & (df.snapshot_month < cut_test)
           & ~df.customer_id.isin(train.customer_id.unique())]
test = df[(df.snapshot_month >= cut_test)
          & ~df.customer_id.isin(np.union1d(train.customer_id.unique(), valid.customer_id.unique()))]
X_train, y_train = train[FEATURES], train[TARGET]
X_valid, y_valid = valid[FEATURES], valid[TARGET]
X_test, y_test = test[FEATURES], test[TARGET]
print(f"train {X_train.shape}  valid {X_valid.shape}  test {X_test.shape}")

# baseline: everybody gets the training churn rate
base = np.full(len(y_test), y_train.mean())
print(f"baseline prior: AUC {roc_auc_score(y_test, base):.3f}  AP {average_precision_score(y_test, base):.3f}")

grid = {
    "learning_rate": [0.03, 0.1],
    "max_leaf_nodes": [15, 31, 63],
    "l2_regularization": [0.0, 1.0],
}
results = []
for lr, leaves, l2 in itertools.product(*grid.values()):
    m = HistGradientBoostingClassifier(learning_rate=lr, max_leaf_nodes=leaves,
                                       l2_regularization=l2, max_iter=300,
                                       class_weight="balanced", random_state=0)
    m.fit(X_train, y_train)
    p = m.predict_proba(X_valid)[:, 1]
    results.append({"learning_rate": lr, "max_leaf_nodes": leaves, "l2_regularization": l2,
                    "auc": roc_auc_score(y_valid, p), "ap": average_precision_score(y_valid, p)})

res = pd.DataFrame(results).sort_values("auc", ascending=False)
print(res.head(5).to_string(index=False))
best = res.iloc[0]
best_params = {"learning_rate": float(best.learning_rate), "max_leaf_nodes": int(best.max_leaf_nodes),
               "l2_regularization": float(best.l2_regularization)}
print("best params", best_params, f"-> valid AUC {best.auc:.4f}")

# chosen on valid; refit on train+valid, then score the untouched test months once
tv = pd.concat([train, valid])
chosen = HistGradientBoostingClassifier(**best_params, max_iter=300, class_weight="balanced", random_state=0)
chosen.fit(tv[FEATURES], tv[TARGET])
p_test = chosen.predict_proba(X_test)[:, 1]
test_auc, test_ap = roc_auc_score(y_test, p_test), average_precision_score(y_test, p_test)
print(f"test AUC {test_auc:.4f}  AP {test_ap:.4f}")

final = HistGradientBoostingClassifier(**best_params, max_iter=300, class_weight="balanced", random_state=0)
final.fit(df[FEATURES], df[TARGET])
sub["prediction"] = final.predict_proba(sub[FEATURES])[:, 1]
sub[[ID, "prediction"]].to_csv("predictions.csv", index=False)
json.dump({"roc_auc": round(float(test_auc), 4), "average_precision": round(float(test_ap), 4)},
          open("metrics.json", "w"))
