"""Churn (next month) - xgboost, native API.

Expects train.csv / test.csv in the working dir, writes predictions.csv.
"""
import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score, average_precision_score

SEED = 7
TARGET = "churned_next_month"
# offer flag and the closed-date flag are filled in after the customer has already left
DROP = ["snapshot_id", "customer_id", "snapshot_month", TARGET,
        "retention_offer_accepted", "account_closed_date_known"]
CATS = ["plan", "contract_type", "region"]

train = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
print(train.shape, test.shape)
print("churn rate:", round(train[TARGET].mean(), 4))
print(train.snapshot_month.min(), "->", train.snapshot_month.max())


def add_features(df):
    df = df.sort_values(["customer_id", "snapshot_month"]).copy()
    g = df.groupby("customer_id")
    df["logins_prev"] = g["logins_30d"].shift(1)
    df["logins_delta"] = df["logins_30d"] - df["logins_prev"]
    df["tickets_prev"] = g["support_tickets_30d"].shift(1)
    df["charges_per_tenure"] = df["monthly_charges"] / (df["tenure_months"] + 1)
    df["month_of_year"] = df["snapshot_month"].dt.month
    return df


# stack so the lags of the first test month can see the last train month (shift only looks back)
full = add_features(pd.concat([train.assign(_part="train"), test.assign(_part="test")], ignore_index=True))
full = pd.get_dummies(full, columns=CATS, dtype=float)
train_fe = full[full._part == "train"].drop(columns="_part")
test_fe = full[full._part == "test"].drop(columns="_part")
features = [c for c in train_fe.columns if c not in DROP]
print(len(features), "features")

X_tr, X_va, y_tr, y_va = train_test_split(
    train_fe[features], train_fe[TARGET], test_size=0.2,
    stratify=train_fe[TARGET], random_state=SEED)

params = {
    "objective": "binary:logistic",
    "eval_metric": "aucpr",
    "eta": 0.05,
    "max_depth": 5,
    "subsample": 0.8,
    "colsample_bytree": 0.8,
    "min_child_weight": 5,
    "scale_pos_weight": 4.0,
    "seed": SEED,
}
N_ROUNDS = 400

dtrain = xgb.DMatrix(X_tr, label=y_tr)
dvalid = xgb.DMatrix(X_va, label=y_va)
bst = xgb.train(params, dtrain, num_boost_round=N_ROUNDS)

p_va = bst.predict(dvalid)
prior = np.full(len(y_va), y_tr.mean())
print(f"baseline (prior)  AUC={roc_auc_score(y_va, prior):.3f}  AP={average_precision_score(y_va, prior):.3f}")
print(f"xgb               AUC={roc_auc_score(y_va, p_va):.3f}  AP={average_precision_score(y_va, p_va):.3f}")

imp = pd.Series(bst.get_score(importance_type="gain")).sort_values(ascending=False)
print(imp.head(10))

# refit on everything we have for the submission
dall = xgb.DMatrix(train_fe[features], label=train_fe[TARGET])
final = xgb.train(params, dall, num_boost_round=N_ROUNDS)
pd.DataFrame({
    "snapshot_id": test_fe["snapshot_id"].values,
    "prediction": final.predict(xgb.DMatrix(test_fe[features])),
}).to_csv("predictions.csv", index=False)
print("wrote predictions.csv")
