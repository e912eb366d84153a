# Churn: lots of candidate features -> prune by LightGBM gain importance -> retrain.
import hashlib

import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

TARGET = "churned_next_month"
TOP_K = 20
HOLDOUT_FROM = "2023-10-01"

df = pd.read_csv("train.csv", parse_dates=["snapshot_month"]).sort_values(["customer_id", "snapshot_month"])
sub = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
print(df.shape, sub.shape)

BASE_NUM = ["tenure_months", "monthly_charges", "support_tickets_30d", "logins_30d"]
BASE_NUM += [c for c in ["data_usage_gb", "payment_failures_90d", "num_devices"] if c in df.columns]


def make_features(d):
    d = d.sort_values(["customer_id", "snapshot_month"]).copy()
    g = d.groupby("customer_id")
    for c in BASE_NUM:
        for k in (1, 2, 3):
            d[f"{c}_lag{k}"] = g[c].shift(k)
        d[f"{c}_chg1"] = d[c] - d[f"{c}_lag1"]
        d[f"{c}_avg3_prev"] = g[c].transform(lambda s: s.shift(1).rolling(3, min_periods=1).mean())
    d["month"] = d["snapshot_month"].dt.month
    d["tenure_years"] = d["tenure_months"] // 12
    d = pd.get_dummies(d, columns=["plan", "contract_type", "region"], dtype=float)
    return d


allf = make_features(pd.concat([df, sub], ignore_index=True))
lab = allf[allf[TARGET].notna()].copy()
unl = allf[allf[TARGET].isna()].copy()
NON_FEATURES = {"snapshot_id", "customer_id", "snapshot_month", TARGET,
                "retention_offer_accepted", "account_closed_date_known"}
candidates = [c for c in lab.columns if c not in NON_FEATURES]
print(len(candidates), "candidate features")

# split: 1 in 5 customers (by id hash) is held out, and only their months from HOLDOUT_FROM on are scored
bucket = lab["customer_id"].astype(str).map(lambda s: int(hashlib.md5(s.encode()).hexdigest(), 16) % 5)
train_rows = lab[(bucket != 0) & (lab.snapshot_month < HOLDOUT_FROM)]
hold_rows = lab[(bucket == 0) & (lab.snapshot_month >= HOLDOUT_FROM)]
print("train", train_rows.shape, "holdout", hold_rows.shape)

params = {"objective": "binary", "learning_rate": 0.05, "num_leaves": 31, "min_data_in_leaf": 200,
          "feature_fraction": 0.7, "verbose": -1, "seed": 1}

# rank features by gain on the training rows (holdout customers never touch the ranking)
ranker = lgb.train(params, lgb.Dataset(train_rows[candidates], train_rows[TARGET]), num_boost_round=300)
gain = pd.Series(ranker.feature_importance("gain"), index=candidates).sort_values(ascending=False)
selected = gain.head(TOP_K).index.tolist()
print("kept:", selected)

model = lgb.train(params, lgb.Dataset(train_rows[selected], train_rows[TARGET]), num_boost_round=500)
p = model.predict(hold_rows[selected])

dummy = DummyClassifier(strategy="prior").fit(train_rows[selected], train_rows[TARGET])
p_dummy = dummy.predict_proba(hold_rows[selected])[:, 1]
print(f"dummy  AUC={roc_auc_score(hold_rows[TARGET], p_dummy):.4f}  AP={average_precision_score(hold_rows[TARGET], p_dummy):.4f}")
print(f"lgb    AUC={roc_auc_score(hold_rows[TARGET], p):.4f}  AP={average_precision_score(hold_rows[TARGET], p):.4f}")

final = lgb.train(params, lgb.Dataset(lab[selected], lab[TARGET]), num_boost_round=500)
pd.DataFrame({"snapshot_id": unl["snapshot_id"].values, "prediction": final.predict(unl[selected])}).to_csv(
    "predictions.csv", index=False)
