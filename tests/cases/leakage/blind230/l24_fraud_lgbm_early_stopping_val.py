"""
Card fraud - LightGBM (native API) with early stopping.

split: 70% fit / 15% early-stopping validation / 15% hold-out test (stratified).
The hold-out is only used for the final numbers printed at the bottom.
"""
import json
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.model_selection import train_test_split
from sklearn.metrics import average_precision_score, roc_auc_score, log_loss

SEED = 5
CATS = ["merchant_category", "country", "device_type"]
NUMS = ["amount", "hour", "card_age_days", "tx_count_24h"]

with open("task.json") as fh:
    task = json.load(fh)
print("task:", {k: task.get(k) for k in ("target", "metric", "id_column")})

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

print(train.shape, test.shape)
print(train.is_fraud.value_counts())
for c in CATS:
    print(c, train[c].nunique(), "levels; top:", train[c].value_counts().index[:5].tolist())
print(train[NUMS].describe().round(2))
print(train.groupby(pd.cut(train.card_age_days, [0, 7, 30, 90, 365, 10000]), observed=True).is_fraud.mean())

for d in (train, test):
    for c in CATS:
        d[c] = d[c].astype("category")
for c in CATS:
    test[c] = pd.Categorical(test[c], categories=train[c].cat.categories)

FEATS = NUMS + CATS
X, y = train[FEATS], train["is_fraud"]

X_rest, X_hold, y_rest, y_hold = train_test_split(X, y, test_size=0.15, stratify=y, random_state=SEED)
X_fit, X_es, y_fit, y_es = train_test_split(X_rest, y_rest, test_size=0.15 / 0.85, stratify=y_rest, random_state=SEED)
print("fit", X_fit.shape, "es", X_es.shape, "hold", X_hold.shape)

params = {
    "objective": "binary",
    "metric": "average_precision",
    "learning_rate": 0.03,
    "num_leaves": 31,
    "min_data_in_leaf": 40,
    "feature_fraction": 0.8,
    "bagging_fraction": 0.8,
    "bagging_freq": 1,
    "lambda_l2": 2.0,
    "seed": SEED,
    "verbose": -1,
}

dtrain = lgb.Dataset(X_fit, y_fit, categorical_feature=CATS)
dvalid = lgb.Dataset(X_es, y_es, categorical_feature=CATS, reference=dtrain)
booster = lgb.train(
    params,
    dtrain,
    num_boost_round=5000,
    valid_sets=[dtrain, dvalid],
    valid_names=["fit", "es"],
    callbacks=[lgb.early_stopping(200), lgb.log_evaluation(200)],
)
best_iter = booster.best_iteration
print("best iteration:", best_iter)

imp = pd.Series(booster.feature_importance("gain"), index=FEATS).sort_values(ascending=False)
print((imp / imp.sum()).round(3))

# ---- final numbers on the hold-out (once)
p_hold = booster.predict(X_hold, num_iteration=best_iter)
prior = np.full(len(y_hold), y_fit.mean())
print("hold-out  baseline(prior): PR-AUC %.4f  logloss %.4f" % (average_precision_score(y_hold, prior), log_loss(y_hold, prior)))
print("hold-out  lightgbm:        PR-AUC %.4f  ROC-AUC %.4f  logloss %.4f" % (
    average_precision_score(y_hold, p_hold), roc_auc_score(y_hold, p_hold), log_loss(y_hold, p_hold)))

# ---- submission: refit on all rows with the early-stopped round count (+15% for more data)
n_rounds = int(best_iter * 1.15)
full = lgb.train(params, lgb.Dataset(X, y, categorical_feature=CATS), num_boost_round=n_rounds)
pred = full.predict(test[FEATS])
pd.DataFrame({"transaction_id": test["transaction_id"], "prediction": pred}).to_csv("predictions.csv", index=False)
print("saved", len(pred), "rows")
