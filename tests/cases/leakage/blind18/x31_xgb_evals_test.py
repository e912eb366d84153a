"""Higgs-style signal vs background with native xgboost API."""
import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score

df = pd.read_csv("higgs_500k.csv")
y = df.pop("label").values
X = df.replace(-999.0, np.nan)

print(X.shape, y.mean())
print(X.isna().mean().sort_values(ascending=False).head())

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=2023)

dtrain = xgb.DMatrix(X_train, label=y_train, missing=np.nan)
dtest = xgb.DMatrix(X_test, label=y_test, missing=np.nan)

params = {
    "objective": "binary:logistic",
    "eval_metric": ["logloss", "auc"],
    "eta": 0.05,
    "max_depth": 8,
    "subsample": 0.8,
    "colsample_bytree": 0.7,
    "min_child_weight": 5,
    "tree_method": "hist",
    "nthread": 8,
}

evals_result = {}
bst = xgb.train(
    params,
    dtrain,
    num_boost_round=5000,
    evals=[(dtrain, "train"), (dtest, "test")],
    early_stopping_rounds=100,
    evals_result=evals_result,
    verbose_eval=200,
)
print("best iteration:", bst.best_iteration, "best score:", bst.best_score)

pred = bst.predict(dtest, iteration_range=(0, bst.best_iteration + 1))
print("test AUC:", roc_auc_score(y_test, pred))

imp = bst.get_score(importance_type="gain")
for k, v in sorted(imp.items(), key=lambda t: -t[1])[:15]:
    print(f"{k:30s} {v:10.1f}")

bst.save_model("higgs_xgb.json")
