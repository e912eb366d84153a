"""Churn model: LightGBM with gain-based feature pruning.

Steps
  1. engineer a wide set of snapshot features
  2. split: early months for training, last months (new customers only) for evaluation
  3. rank features by LightGBM gain on the training months and keep the useful ones
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import roc_auc_score, average_precision_score

TARGET = "churned_next_month"
ID_COLS = ["snapshot_id", "customer_id", "snapshot_month"]
LEAKY = ["retention_offer_accepted", "account_closed_date_known"]
CATEGORICAL = ["plan_type", "contract_type", "region", "payment_method"]
KEEP_TOP = 20

df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
sub_df = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
print(df.shape, df[TARGET].mean())


def engineer(d):
    d = d.copy()
    d["tenure_years"] = d["tenure_months"] / 12
    d["charges_ratio"] = d["monthly_charges"] / (d["total_charges"] / d["tenure_months"].clip(lower=1))
    d["tickets_x_login_gap"] = d["support_tickets_30d"] * d["days_since_last_login"]
    d["session_per_product"] = d["avg_session_minutes"] / d["num_products"].clip(lower=1)
    d["late_any"] = (d["late_payments_3m"] > 0).astype(int)
    d["discounted"] = (d["discount_pct"] > 0).astype(int)
    d["charges_sq"] = d["monthly_charges"] ** 2
    d["month"] = d["snapshot_month"].dt.month
    d["quarter"] = d["snapshot_month"].dt.quarter
    d["log_total"] = np.log1p(d["total_charges"])
    d["short_tenure"] = (d["tenure_months"] < 6).astype(int)
    for c in CATEGORICAL:
        d[c] = d[c].astype("category")
    return d


df = engineer(df)
sub_df = engineer(sub_df)
for c in CATEGORICAL:
    sub_df[c] = pd.Categorical(sub_df[c], categories=df[c].cat.categories)

all_features = [c for c in df.columns if c not in ID_COLS + LEAKY + [TARGET]]
print(len(all_features), "candidate features")

params = {
    "objective": "binary",
    "metric": "auc",
    "learning_rate": 0.05,
    "num_leaves": 31,
    "min_data_in_leaf": 100,
    "feature_fraction": 0.8,
    "bagging_fraction": 0.8,
    "bagging_freq": 1,
    "verbose": -1,
    "seed": 1,
}

# ---- 1) time split with unseen customers on the evaluation side
months = np.sort(df["snapshot_month"].unique())
t_val, t_test = months[-6], months[-3]
tr = df[df["snapshot_month"] < t_val]
va = df[(df["snapshot_month"] >= t_val) & (df["snapshot_month"] < t_test)]
te = df[df["snapshot_month"] >= t_test]
va = va[~va["customer_id"].isin(tr["customer_id"])]
te = te[~te["customer_id"].isin(set(tr["customer_id"]).union(va["customer_id"]))]
print("sizes", len(tr), len(va), len(te))

# ---- 2) importance ranking
ranker = lgb.train(params, lgb.Dataset(tr[all_features], tr[TARGET]), num_boost_round=400)
gain = pd.Series(ranker.feature_importance("gain"), index=all_features).sort_values(ascending=False)
print((gain / gain.sum()).round(4))
selected = gain.index[:KEEP_TOP].tolist()
cats_selected = [c for c in CATEGORICAL if c in selected]
print("kept:", selected)

d_tr = lgb.Dataset(tr[selected], tr[TARGET], categorical_feature=cats_selected)
d_va = lgb.Dataset(va[selected], va[TARGET], reference=d_tr)
model = lgb.train(
    {**params, "learning_rate": 0.02, "is_unbalance": True},
    d_tr,
    num_boost_round=5000,
    valid_sets=[d_va],
    callbacks=[lgb.early_stopping(200), lgb.log_evaluation(200)],
)

# ---- 3) evaluation against the trivial rate predictor
p = model.predict(te[selected], num_iteration=model.best_iteration)
baseline = np.full(len(te), tr[TARGET].mean())
print("baseline  AUC %.4f  AP %.4f" % (roc_auc_score(te[TARGET], baseline), average_precision_score(te[TARGET], baseline)))
print("lgbm      AUC %.4f  AP %.4f" % (roc_auc_score(te[TARGET], p), average_precision_score(te[TARGET], p)))

pd.DataFrame({
    "snapshot_id": sub_df["snapshot_id"],
    "prediction": model.predict(sub_df[selected], num_iteration=model.best_iteration),
}).to_csv("predictions.csv", index=False)
