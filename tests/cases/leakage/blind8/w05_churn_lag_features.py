"""Churn take-home.

Features describe each customer's recent past: previous-month values and a
three-month trailing mean, computed from earlier snapshots only. Validation
uses the last months of train.csv, restricted to customers that do not appear
in the training months.
"""
import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.metrics import average_precision_score, roc_auc_score

TARGET = "churned_next_month"
ID = "snapshot_id"
DROP = ["retention_offer_accepted", "account_closed_date_known"]
BASE_NUM = ["tenure_months", "monthly_charges", "support_tickets_90d", "logins_30d", "payment_failures"]
CAT = ["plan", "region", "contract_type"]


def add_history(frame):
    frame = frame.sort_values(["customer_id", "snapshot_month"]).copy()
    g = frame.groupby("customer_id")
    for col in ["logins_30d", "support_tickets_90d", "monthly_charges"]:
        frame[f"{col}_lag1"] = g[col].shift(1)
        frame[f"{col}_delta1"] = frame[col] - frame[f"{col}_lag1"]
        # trailing mean over the three previous snapshots (current month excluded)
        frame[f"{col}_trail3"] = g[col].transform(lambda s: s.shift(1).rolling(3, min_periods=1).mean())
    frame["n_prev_snapshots"] = g.cumcount()
    frame["failures_cum"] = g["payment_failures"].cumsum() - frame["payment_failures"]
    return frame


train = pd.read_csv("train.csv", parse_dates=["snapshot_month"]).drop(columns=DROP)
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"]).drop(columns=DROP, errors="ignore")
train["_part"] = "train"
test["_part"] = "test"

both = add_history(pd.concat([train, test], ignore_index=True))
both = pd.get_dummies(both, columns=CAT, dtype=float)
hist_cols = [c for c in both.columns if c.endswith(("_lag1", "_delta1", "_trail3"))] + ["n_prev_snapshots", "failures_cum"]
dummy_cols = [c for c in both.columns if c.startswith(tuple(f"{c}_" for c in CAT))]
FEATURES = BASE_NUM + hist_cols + dummy_cols
print(len(FEATURES), "features")

train = both[both._part == "train"].reset_index(drop=True)
test = both[both._part == "test"].reset_index(drop=True)

months = np.sort(train.snapshot_month.unique())
cut = months[-3]
tr = train[train.snapshot_month < cut]
va = train[train.snapshot_month >= cut]
va = va[~va.customer_id.isin(tr.customer_id)]
print(f"train {len(tr)} rows / valid {len(va)} rows, {va.customer_id.nunique()} unseen customers")

params = dict(n_estimators=350, learning_rate=0.03, num_leaves=15, min_child_samples=50,
              subsample=0.8, subsample_freq=1, colsample_bytree=0.8, reg_lambda=1.0,
              scale_pos_weight=5, random_state=7, verbose=-1)
model = lgb.LGBMClassifier(**params)
model.fit(tr[FEATURES], tr[TARGET])
p = model.predict_proba(va[FEATURES])[:, 1]

# baseline: rank snapshots by recent payment failures alone
baseline_score = va["payment_failures"] + 0.1 * va["support_tickets_90d"]
print("baseline (failures + tickets rule) auc=%.4f ap=%.4f" % (
    roc_auc_score(va[TARGET], baseline_score), average_precision_score(va[TARGET], baseline_score)))
print("lightgbm                           auc=%.4f ap=%.4f" % (
    roc_auc_score(va[TARGET], p), average_precision_score(va[TARGET], p)))

imp = pd.Series(model.feature_importances_, index=FEATURES).sort_values(ascending=False)
print(imp.head(20))

final = lgb.LGBMClassifier(**params).fit(train[FEATURES], train[TARGET])
pd.DataFrame({ID: test[ID], "prediction": final.predict_proba(test[FEATURES])[:, 1]}).to_csv(
    "predictions.csv", index=False)
