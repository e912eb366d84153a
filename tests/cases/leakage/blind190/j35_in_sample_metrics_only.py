"""
Churn snapshots - final model.

I did my exploration elsewhere; here the model is trained on every labelled
snapshot (Jan-Sep) and I report how well it separates churners, next to a
constant-rate baseline, before scoring Oct-Dec.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import roc_auc_score, average_precision_score, log_loss

TARGET = "churned_next_month"
LEAKY = ["retention_offer_accepted", "account_closed_date_known"]

hist = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
new = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
panel = pd.concat([hist.assign(split="train"), new.assign(split="test")], ignore_index=True)
panel = panel.sort_values(["customer_id", "snapshot_month"]).reset_index(drop=True)

by = panel.groupby("customer_id")
panel["logins_lag1"] = by["logins_30d"].shift(1)
panel["logins_lag3"] = by["logins_30d"].shift(3)
panel["logins_3m_change"] = panel["logins_30d"] - panel["logins_lag3"]
panel["spend_lag1"] = by["monthly_spend"].shift(1)
panel["spend_change"] = panel["monthly_spend"] - panel["spend_lag1"]
panel["dsl_increase"] = panel["days_since_last_login"] - by["days_since_last_login"].shift(1)
panel["tickets_prev_ewm"] = by["support_tickets_30d"].transform(lambda s: s.shift(1).ewm(span=3).mean())
panel["snapshots_so_far"] = by.cumcount() + 1
panel = pd.get_dummies(panel, columns=["plan", "region"], dtype=int)

features = [c for c in panel.columns
            if c not in ["snapshot_id", "customer_id", "snapshot_month", "split", TARGET] + LEAKY]
lab = panel[panel["split"] == "train"]
unl = panel[panel["split"] == "test"]
y = lab[TARGET].astype(int)

model = lgb.LGBMClassifier(n_estimators=600, learning_rate=0.03, num_leaves=31,
                           min_child_samples=40, subsample=0.8, subsample_freq=1,
                           colsample_bytree=0.8, random_state=0, verbose=-1)
model.fit(lab[features], y)
p = model.predict_proba(lab[features])[:, 1]
const = np.full(len(y), y.mean())

print(f"model    : ROC AUC {roc_auc_score(y, p):.4f}  PR AUC {average_precision_score(y, p):.4f}  "
      f"logloss {log_loss(y, p):.4f}")
print(f"baseline : ROC AUC {roc_auc_score(y, const):.4f}  PR AUC {average_precision_score(y, const):.4f}  "
      f"logloss {log_loss(y, const):.4f}")

top = pd.Series(model.feature_importances_, index=features).nlargest(10)
print(top)

pd.DataFrame({"snapshot_id": unl["snapshot_id"], "prediction": model.predict_proba(unl[features])[:, 1]}) \
    .to_csv("predictions.csv", index=False)
