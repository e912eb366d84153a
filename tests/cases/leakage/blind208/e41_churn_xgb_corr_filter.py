"""Churn take-home -- XGBoost (xgb.train) with a correlation-based feature filter.

1. one-hot the categoricals, cast flags to numbers
2. drop features with negligible correlation to churn and near-duplicate features
3. train on early months, evaluate on later months (customers not seen before)
"""
import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.metrics import roc_auc_score, average_precision_score, log_loss

TARGET = "churned_next_month"
META = ["snapshot_id", "customer_id", "snapshot_month"]
MIN_ABS_CORR = 0.01
MAX_PAIR_CORR = 0.95

raw = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
raw_test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
print(raw.shape, raw_test.shape)
print(raw.dtypes.value_counts())


def encode(d):
    d = pd.get_dummies(d, columns=["plan_type", "contract_type", "region", "payment_method"],
                       dtype=float)
    d["account_closed_date_known"] = d["account_closed_date_known"].astype(float)
    d["charges_per_product"] = d["monthly_charges"] / d["num_products"].clip(lower=1)
    d["tenure_bucket"] = pd.cut(d["tenure_months"], [0, 6, 12, 24, 48, 1000], labels=False)
    d["session_drop"] = d["avg_session_minutes"] < 3
    d["session_drop"] = d["session_drop"].astype(float)
    return d


data = encode(raw.drop(columns=["retention_offer_accepted"]))
sub = encode(raw_test.drop(columns=["retention_offer_accepted"], errors="ignore")
             .assign(account_closed_date_known=0))
sub = sub.reindex(columns=data.columns, fill_value=0.0)

candidates = [c for c in data.columns if c not in META + [TARGET]]

# --- filter 1: correlation with the label
corr_y = data[candidates].corrwith(data[TARGET]).abs().sort_values(ascending=False)
print(corr_y.head(20).round(4))
kept = corr_y[corr_y >= MIN_ABS_CORR].index.tolist()

# --- filter 2: drop one of each highly correlated pair (keep the more label-correlated one)
cm = data[kept].corr().abs()
drop = set()
for i, a in enumerate(kept):
    for b in kept[i + 1:]:
        if a not in drop and b not in drop and cm.loc[a, b] > MAX_PAIR_CORR:
            drop.add(b)
features = [c for c in kept if c not in drop]
print(f"{len(candidates)} candidates -> {len(features)} features")

# --- split: time + unseen customers
months = np.sort(data["snapshot_month"].unique())
cut = months[-3]
train = data[data["snapshot_month"] < cut]
test = data[data["snapshot_month"] >= cut]
test = test[~test["customer_id"].isin(train["customer_id"])]
print("train", len(train), "test", len(test))

dtrain = xgb.DMatrix(train[features], label=train[TARGET])
dtest = xgb.DMatrix(test[features], label=test[TARGET])
params = {
    "objective": "binary:logistic",
    "eval_metric": "auc",
    "max_depth": 5,
    "eta": 0.05,
    "subsample": 0.8,
    "colsample_bytree": 0.8,
    "min_child_weight": 8,
    "tree_method": "hist",
    "seed": 99,
}
bst = xgb.train(params, dtrain, num_boost_round=500, evals=[(dtrain, "train")], verbose_eval=100)

p = bst.predict(dtest)
y = test[TARGET]
print("test ROC AUC  %.4f" % roc_auc_score(y, p))
print("test PR AUC   %.4f" % average_precision_score(y, p))
print("test log loss %.4f" % log_loss(y, p))

gain = pd.Series(bst.get_score(importance_type="gain")).sort_values(ascending=False)
print(gain.head(15).round(2))

pd.DataFrame({"snapshot_id": raw_test["snapshot_id"],
              "prediction": bst.predict(xgb.DMatrix(sub[features]))}).to_csv("predictions.csv", index=False)
