"""Churn snapshots - per-customer history features + time/customer holdout.

Approach
--------
* lags / deltas / rolling means computed per customer on rows sorted
  oldest -> newest, always shifted so a snapshot only sees earlier months
* validation: customers are split 80/20 by id; the model trains on the 80%
  group's Jan-Jun snapshots and is scored on the 20% group's Jul-Sep
  snapshots -> time-ordered AND no customer on both sides
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

TARGET = "churned_next_month"
DROP = ["snapshot_id", "customer_id", "snapshot_month", TARGET,
        "retention_offer_accepted", "account_closed_date_known"]
CUTOFF = pd.Timestamp("2024-07-01")

train = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
print(train.shape, test.shape)
print(train[TARGET].mean())

# test (Oct-Dec) needs the Sep history for its lags, so build features on both
full = pd.concat([train.assign(_part="train"), test.assign(_part="test")], ignore_index=True)
full = full.sort_values(["customer_id", "snapshot_month"]).reset_index(drop=True)
g = full.groupby("customer_id")

for col in ["monthly_spend", "logins_30d", "support_tickets_30d"]:
    full[f"{col}_lag1"] = g[col].shift(1)
    full[f"{col}_lag2"] = g[col].shift(2)
    full[f"{col}_delta1"] = full[col] - full[f"{col}_lag1"]

full["spend_roll3_prev"] = g["monthly_spend"].transform(
    lambda s: s.shift(1).rolling(3, min_periods=1).mean())
full["logins_roll3_prev"] = g["logins_30d"].transform(
    lambda s: s.shift(1).rolling(3, min_periods=1).mean())
full["n_prev_snapshots"] = g.cumcount()
prev_plan = g["plan"].shift(1)
full["plan_changed"] = (prev_plan.notna() & (prev_plan != full["plan"])).astype(int)

full = pd.get_dummies(full, columns=["plan", "region"], dtype=int)
features = [c for c in full.columns if c not in DROP + ["_part"]]
print(len(features), "features")

tr = full[full["_part"] == "train"].copy()
te = full[full["_part"] == "test"].copy()

rng = np.random.default_rng(7)
customers = tr["customer_id"].unique()
holdout_customers = set(rng.choice(customers, size=int(0.2 * len(customers)), replace=False))
is_hold = tr["customer_id"].isin(holdout_customers)

fit_part = tr[~is_hold & (tr["snapshot_month"] < CUTOFF)]
val_part = tr[is_hold & (tr["snapshot_month"] >= CUTOFF)]
print(f"fit rows {len(fit_part)}  val rows {len(val_part)}  "
      f"val churn rate {val_part[TARGET].mean():.3f}")

model = lgb.LGBMClassifier(n_estimators=400, learning_rate=0.03, num_leaves=31,
                           subsample=0.8, subsample_freq=1, colsample_bytree=0.8,
                           random_state=0, verbose=-1)
model.fit(fit_part[features], fit_part[TARGET])
p_val = model.predict_proba(val_part[features])[:, 1]

dummy = DummyClassifier(strategy="prior").fit(fit_part[features], fit_part[TARGET])
p_dummy = dummy.predict_proba(val_part[features])[:, 1]

print(f"LightGBM  ROC AUC {roc_auc_score(val_part[TARGET], p_val):.4f}  "
      f"PR AUC {average_precision_score(val_part[TARGET], p_val):.4f}")
print(f"Baseline  ROC AUC {roc_auc_score(val_part[TARGET], p_dummy):.4f}  "
      f"PR AUC {average_precision_score(val_part[TARGET], p_dummy):.4f}")

imp = pd.Series(model.feature_importances_, index=features).sort_values(ascending=False)
print(imp.head(15))

# final model on every labelled snapshot
final = lgb.LGBMClassifier(**model.get_params())
final.fit(tr[features], tr[TARGET])
te["prediction"] = final.predict_proba(te[features])[:, 1]
te[["snapshot_id", "prediction"]].to_csv("predictions.csv", index=False)
print("wrote predictions.csv", len(te))
