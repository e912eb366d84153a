"""
Card fraud take-home - XGBoost.

Data layout
    train.csv -> 80% development / 20% holdout (stratified)
    development -> 85% fitting / 15% early-stopping set
The holdout is scored once, after the number of trees has been fixed.
"""
import json

import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split

SEED = 31
task = json.load(open("task.json"))
TARGET, ID = task["target"], task["id_column"]
EXCLUDE = {TARGET, ID, "card_id", "timestamp", *task["leaky_columns"]}


def design(df, columns=None):
    X = df[[c for c in df.columns if c not in EXCLUDE]].copy()
    X["amount_ratio"] = X["amount"] / (X["avg_amount_30d"] + 1)
    X["log_amount"] = np.log1p(X["amount"])
    X = pd.get_dummies(X, columns=["merchant_category", "device_type"], dtype=float)
    return X if columns is None else X.reindex(columns=columns, fill_value=0.0)


train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
X = design(train)
y = train[TARGET].to_numpy()
X_sub = design(test, X.columns)

X_dev, X_hold, y_dev, y_hold = train_test_split(X, y, test_size=0.20, stratify=y, random_state=SEED)
X_fit, X_es, y_fit, y_es = train_test_split(X_dev, y_dev, test_size=0.15, stratify=y_dev, random_state=SEED)

params = dict(
    n_estimators=3000, learning_rate=0.03, max_depth=5, min_child_weight=3, subsample=0.85,
    colsample_bytree=0.8, reg_lambda=2.0, eval_metric="aucpr", early_stopping_rounds=150,
    random_state=SEED, n_jobs=-1,
)
model = xgb.XGBClassifier(**params)
model.fit(X_fit, y_fit, eval_set=[(X_es, y_es)], verbose=200)
n_trees = model.best_iteration + 1
print("trees:", n_trees)

p_hold = model.predict_proba(X_hold)[:, 1]
p_prior = DummyClassifier(strategy="prior").fit(X_dev, y_dev).predict_proba(X_hold)[:, 1]
print(f"holdout AP  {average_precision_score(y_hold, p_hold):.4f}  (prior {average_precision_score(y_hold, p_prior):.4f})")
print(f"holdout AUC {roc_auc_score(y_hold, p_hold):.4f}")

final_params = {k: v for k, v in params.items() if k != "early_stopping_rounds"}
final_params["n_estimators"] = int(n_trees * 1.1)
final = xgb.XGBClassifier(**final_params).fit(X, y)
pd.DataFrame({ID: test[ID], "prediction": final.predict_proba(X_sub)[:, 1]}).to_csv(
    "predictions.csv", index=False)
