"""Card fraud -- LightGBM with card-level velocity features.

Run: python e07_fraud_lgb_card_velocity_gaps.py  (expects train.csv / test.csv here)
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import roc_auc_score, average_precision_score, recall_score, precision_score

TARGET = "is_fraud"
CATS = ["merchant_category", "channel", "device_type", "country"]


def load(path):
    d = pd.read_csv(path, parse_dates=["transaction_time"])
    return d.sort_values(["card_id", "transaction_time"]).reset_index(drop=True)


def card_features(d):
    d = d.copy()
    g = d.groupby("card_id", sort=False)
    t = d["transaction_time"]
    d["gap_prev_s"] = g["transaction_time"].diff().dt.total_seconds()
    d["gap_next_s"] = (g["transaction_time"].shift(-1) - t).dt.total_seconds()
    d["n_prev_txn"] = g.cumcount()
    d["amt_ratio_last"] = d["amount"] / g["amount"].shift(1)
    d["same_merchant_as_prev"] = (d["merchant_id"] == g["merchant_id"].shift(1)).astype(int)
    d["hour"] = t.dt.hour
    d["is_night"] = d["hour"].isin([0, 1, 2, 3, 4, 5]).astype(int)
    d["log_amt"] = np.log1p(d["amount"])
    for c in CATS:
        d[c] = d[c].astype("category")
    return d


train_df = card_features(load("train.csv"))
test_df = card_features(load("test.csv"))

print(train_df.shape, train_df[TARGET].mean())
print(train_df[["gap_prev_s", "gap_next_s", "amt_ratio_last"]].describe())
print(train_df.groupby(TARGET)[["gap_prev_s", "gap_next_s"]].median())

FEATS = [
    "log_amt", "hour", "is_night", "gap_prev_s", "gap_next_s", "n_prev_txn",
    "amt_ratio_last", "same_merchant_as_prev", "card_present", "customer_age",
    "distance_from_home_km",
] + CATS

# ---- split: last 20% of time, only cards with no earlier history in the train window
cutoff = train_df["transaction_time"].quantile(0.8)
tr = train_df[train_df["transaction_time"] < cutoff]
te = train_df[train_df["transaction_time"] >= cutoff]
te = te[~te["card_id"].isin(tr["card_id"].unique())]
va_cut = tr["transaction_time"].quantile(0.85)
va = tr[tr["transaction_time"] >= va_cut]
tr = tr[tr["transaction_time"] < va_cut]
va = va[~va["card_id"].isin(tr["card_id"].unique())]
print("rows", len(tr), len(va), len(te))

params = dict(
    objective="binary",
    metric=["average_precision", "auc"],
    learning_rate=0.05,
    num_leaves=63,
    min_child_samples=50,
    subsample=0.8,
    subsample_freq=1,
    colsample_bytree=0.7,
    scale_pos_weight=10,
    cat_smooth=20,
    verbose=-1,
)
d_tr = lgb.Dataset(tr[FEATS], tr[TARGET], categorical_feature=CATS)
d_va = lgb.Dataset(va[FEATS], va[TARGET], reference=d_tr)
model = lgb.train(
    params, d_tr, num_boost_round=2500, valid_sets=[d_va], valid_names=["val"],
    callbacks=[lgb.early_stopping(100, first_metric_only=True), lgb.log_evaluation(100)],
)

# ---- evaluation
p = model.predict(te[FEATS], num_iteration=model.best_iteration)
y = te[TARGET]
base_rate = tr[TARGET].mean()
print("baseline (constant base rate) AP: %.4f" % average_precision_score(y, np.full(len(y), base_rate)))
print("LightGBM AP: %.4f  ROC AUC: %.4f" % (average_precision_score(y, p), roc_auc_score(y, p)))
flag = p >= np.quantile(p, 0.99)
print("top-1%% alerts: precision %.3f recall %.3f" % (precision_score(y, flag), recall_score(y, flag)))

gain = pd.DataFrame({
    "feature": model.feature_name(),
    "gain": model.feature_importance("gain"),
    "splits": model.feature_importance("split"),
}).sort_values("gain", ascending=False)
print(gain.to_string(index=False))

sub = pd.DataFrame({
    "transaction_id": test_df["transaction_id"],
    "prediction": model.predict(test_df[FEATS], num_iteration=model.best_iteration),
})
sub.to_csv("predictions.csv", index=False)
print(sub.describe())
