#!/usr/bin/env python
# Bank marketing (term deposit subscription) - LightGBM native API
import pandas as pd
import numpy as np
import lightgbm as lgb
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score, f1_score, accuracy_score

SEED = 2024

bank = pd.read_csv("bank-additional-full.csv", sep=";")
print(bank.shape)
print(bank.y.value_counts())

# 'duration' is only known after the call, the dataset doc says to drop it for realistic models
bank = bank.drop(columns=["duration"])
bank["y"] = (bank["y"] == "yes").astype(int)
bank["pdays_never"] = (bank["pdays"] == 999).astype(int)
bank.loc[bank["pdays"] == 999, "pdays"] = -1

cat_cols = [c for c in bank.columns if bank[c].dtype == "object"]
for c in cat_cols:
    bank[c] = bank[c].astype("category")
print("categoricals:", cat_cols)

X = bank.drop(columns="y")
y = bank["y"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=SEED)

dtrain = lgb.Dataset(X_train, y_train, categorical_feature=cat_cols)
dtest = lgb.Dataset(X_test, y_test, categorical_feature=cat_cols, reference=dtrain)

params = {
    "objective": "binary",
    "metric": "auc",
    "learning_rate": 0.02,
    "num_leaves": 48,
    "min_data_in_leaf": 40,
    "feature_fraction": 0.7,
    "bagging_fraction": 0.8,
    "bagging_freq": 5,
    "lambda_l2": 1.0,
    "is_unbalance": True,
    "seed": SEED,
    "verbose": -1,
}

evals_result = {}
booster = lgb.train(
    params,
    dtrain,
    num_boost_round=5000,
    valid_sets=[dtrain, dtest],
    valid_names=["train", "test"],
    callbacks=[lgb.early_stopping(stopping_rounds=200), lgb.log_evaluation(100),
               lgb.record_evaluation(evals_result)],
)

print("best iteration:", booster.best_iteration)
proba = booster.predict(X_test, num_iteration=booster.best_iteration)
print("Test AUC: %.4f" % roc_auc_score(y_test, proba))
print("Test F1 : %.4f" % f1_score(y_test, proba > 0.5))
print("Test acc: %.4f" % accuracy_score(y_test, proba > 0.5))

imp = pd.DataFrame({
    "feature": booster.feature_name(),
    "gain": booster.feature_importance("gain"),
}).sort_values("gain", ascending=False)
print(imp.head(15).to_string(index=False))

booster.save_model("lgb_bank.txt", num_iteration=booster.best_iteration)
