# Card-level history features + XGBoost (native API)
#
# Idea: a card that already had fraud is much more likely to see more fraud
# (compromised card keeps being used until it is blocked). Build per-card
# history features and let the trees use them.

import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score, average_precision_score, fbeta_score

# cost numbers from the analysts' sheet
ALERT = 5.0     # cost to review one alert
MISS_FEE = 15.0  # fixed handling on top of the lost amount

tx = pd.read_csv("train.csv")
print(tx.shape, tx["card_id"].nunique(), "cards")

# ---------------- card history
g = tx.groupby("card_id")
tx["card_n_tx"] = g["transaction_id"].transform("count")
tx["card_n_fraud"] = g["is_fraud"].transform("sum")
tx["card_fraud_rate"] = tx["card_n_fraud"] / tx["card_n_tx"]
tx["card_had_fraud"] = (tx["card_n_fraud"] > 0).astype(int)
print(tx[["card_n_tx", "card_n_fraud", "card_fraud_rate"]].describe())

# ---------------- other features
tx["log_amount"] = np.log1p(tx["amount"])
tx["hour_sin"] = np.sin(2 * np.pi * tx["hour"] / 24)
tx["hour_cos"] = np.cos(2 * np.pi * tx["hour"] / 24)
for c in ["merchant_category", "country", "device_type"]:
    tx[c] = tx[c].astype("category")

FEATURES = ["log_amount", "amount", "hour_sin", "hour_cos", "card_age_days", "tx_count_24h",
            "merchant_category", "country", "device_type",
            "card_fraud_rate", "card_had_fraud"]

tr, te = train_test_split(tx, test_size=0.2, random_state=21, stratify=tx["is_fraud"])
dtr = xgb.DMatrix(tr[FEATURES], label=tr["is_fraud"], enable_categorical=True)
dte = xgb.DMatrix(te[FEATURES], label=te["is_fraud"], enable_categorical=True)

params = {
    "objective": "binary:logistic",
    "eval_metric": "aucpr",
    "max_depth": 5,
    "eta": 0.05,
    "subsample": 0.8,
    "colsample_bytree": 0.8,
    "min_child_weight": 3,
    "tree_method": "hist",
    "seed": 21,
}
bst = xgb.train(params, dtr, num_boost_round=600, evals=[(dtr, "train")], verbose_eval=100)

p = bst.predict(dte)
y = te["is_fraud"].to_numpy()
amt = te["amount"].to_numpy()
print(f"ROC-AUC {roc_auc_score(y, p):.4f}   PR-AUC {average_precision_score(y, p):.4f}")

# decision rule: alert when expected loss beats the alert cost
alert = p * (amt + MISS_FEE) > ALERT
cost = ALERT * alert.sum() + (amt[(~alert) & (y == 1)] + MISS_FEE).sum()
print(f"alerts: {alert.sum()} ({alert.mean():.2%} of tx)")
print(f"F2 at the rule: {fbeta_score(y, alert.astype(int), beta=2):.3f}")
print(f"holdout cost: ${cost:,.0f}  (${cost / len(y):.2f} per tx)")

gain = pd.Series(bst.get_score(importance_type="gain")).sort_values(ascending=False)
print(gain.round(1))

# test.csv: history from the training transactions of the same card
hist = tx.groupby("card_id").agg(card_n_tx=("transaction_id", "count"), card_n_fraud=("is_fraud", "sum"))
test = pd.read_csv("test.csv").merge(hist, on="card_id", how="left")
test[["card_n_tx", "card_n_fraud"]] = test[["card_n_tx", "card_n_fraud"]].fillna(0)
test["card_fraud_rate"] = np.where(test["card_n_tx"] > 0, test["card_n_fraud"] / test["card_n_tx"].clip(lower=1), 0)
test["card_had_fraud"] = (test["card_n_fraud"] > 0).astype(int)
test["log_amount"] = np.log1p(test["amount"])
test["hour_sin"] = np.sin(2 * np.pi * test["hour"] / 24)
test["hour_cos"] = np.cos(2 * np.pi * test["hour"] / 24)
for c in ["merchant_category", "country", "device_type"]:
    test[c] = pd.Categorical(test[c], categories=tx[c].cat.categories)
pred = bst.predict(xgb.DMatrix(test[FEATURES], enable_categorical=True))
pd.DataFrame({"transaction_id": test["transaction_id"], "is_fraud": pred}).to_csv("predictions.csv", index=False)
