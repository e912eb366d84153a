"""Card fraud take-home: XGBoost with the native DMatrix / xgb.train API.

Plan: a few row-wise features, standardise the numeric columns, split
train / valid / test, early-stop on valid, score the test part once.
"""
import json

import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

SEED = 7

task = json.load(open("task.json"))
TARGET = task["target"]
ID = task["id_column"]
LEAKY = task.get("leaky_columns", [])

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(train.shape, test.shape)
print(train[TARGET].value_counts(normalize=True).round(4))
print(train.isna().sum().sort_values(ascending=False).head())


def build_features(frame):
    out = frame.copy()
    out["log_amount"] = np.log1p(out["amount"])
    out["night"] = out["hour"].between(0, 5).astype(int)
    out["new_card"] = (out["card_age_days"] < 30).astype(int)
    out["far_and_absent"] = ((out["distance_from_home_km"] > 100) & (out["card_present"] == 0)).astype(int)
    out = pd.get_dummies(out, columns=["merchant_category"], dtype=float)
    return out


full = build_features(train)
feature_cols = [c for c in full.columns if c not in [TARGET, ID] + LEAKY]
num_cols = ["amount", "log_amount", "distance_from_home_km", "txn_count_24h", "card_age_days"]

X = full[feature_cols].copy()
y = full[TARGET]

X_dev, X_test, y_dev, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=SEED)
X_tr, X_val, y_tr, y_val = train_test_split(X_dev, y_dev, test_size=0.2, stratify=y_dev, random_state=SEED)
print("train", X_tr.shape, "valid", X_val.shape, "test", X_test.shape)

# put the numeric columns on one scale so the gain plots are comparable
X_tr, X_val, X_test = X_tr.copy(), X_val.copy(), X_test.copy()
scaler = StandardScaler().fit(X_tr[num_cols])
X_tr[num_cols] = scaler.transform(X_tr[num_cols])
X_val[num_cols] = scaler.transform(X_val[num_cols])
X_test[num_cols] = scaler.transform(X_test[num_cols])

spw = float((y_tr == 0).sum()) / max(int((y_tr == 1).sum()), 1)
params = {
    "objective": "binary:logistic",
    "eval_metric": "aucpr",
    "eta": 0.05,
    "max_depth": 5,
    "min_child_weight": 3,
    "subsample": 0.8,
    "colsample_bytree": 0.8,
    "scale_pos_weight": spw,
    "tree_method": "hist",
    "seed": SEED,
}

dtr = xgb.DMatrix(X_tr, label=y_tr)
dval = xgb.DMatrix(X_val, label=y_val)
dtest = xgb.DMatrix(X_test, label=y_test)

booster = xgb.train(
    params,
    dtr,
    num_boost_round=2000,
    evals=[(dtr, "train"), (dval, "valid")],
    early_stopping_rounds=100,
    verbose_eval=200,
)
print("best iteration", booster.best_iteration, "valid aucpr", round(booster.best_score, 4))

p_test = booster.predict(dtest, iteration_range=(0, booster.best_iteration + 1))
dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
p_dummy = dummy.predict_proba(X_test)[:, 1]

print(f"baseline (prior)  AP={average_precision_score(y_test, p_dummy):.4f}  AUC={roc_auc_score(y_test, p_dummy):.4f}")
print(f"xgboost           AP={average_precision_score(y_test, p_test):.4f}  AUC={roc_auc_score(y_test, p_test):.4f}")

gain = booster.get_score(importance_type="gain")
print(pd.Series(gain).sort_values(ascending=False).head(10))

# submission
test_feat = build_features(test).reindex(columns=feature_cols, fill_value=0.0)
test_feat[num_cols] = scaler.transform(test_feat[num_cols])
p_sub = booster.predict(xgb.DMatrix(test_feat[feature_cols]), iteration_range=(0, booster.best_iteration + 1))
pd.DataFrame({ID: test[ID], "prediction": p_sub}).to_csv("predictions.csv", index=False)
print("wrote predictions.csv", len(p_sub))
