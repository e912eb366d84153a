# churn_model.py - XGBoost (native API) for the churn take-home
import json

import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.metrics import roc_auc_score, average_precision_score

with open("task.json") as fh:
    TASK = json.load(fh)

LABEL = TASK["target"]
LEAKY = TASK.get("leaky_columns", [])

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print("train", train.shape, "test", test.shape)
print("label rate", train[LABEL].mean().round(4))
print(train.describe(include="all").T.head(20))

# one-hot the low-cardinality categoricals (same columns for train and test)
cats = ["plan", "region", "contract_type", "payment_method"]
both = pd.concat([train.assign(_part="train"), test.assign(_part="test")], ignore_index=True)
both = pd.get_dummies(both, columns=cats, dtype=float)
train = both[both["_part"] == "train"].drop(columns="_part").reset_index(drop=True)
test = both[both["_part"] == "test"].drop(columns=["_part", LABEL]).reset_index(drop=True)

X_all = train.drop(columns=[LABEL, "customer_id", "snapshot_month"] + LEAKY)
y_all = train[LABEL].astype(int)
print("n features:", X_all.shape[1])

# months Jan-Jun to fit, Jul-Sep to validate, validation customers unseen in Jan-Jun
month = train["snapshot_month"]
is_fit = month < "2024-07"
seen_customers = set(train.loc[is_fit, "customer_id"])
is_val = (~is_fit) & (~train["customer_id"].isin(seen_customers))
print("fit rows", is_fit.sum(), "val rows", is_val.sum())

dfit = xgb.DMatrix(X_all[is_fit], label=y_all[is_fit])
dval = xgb.DMatrix(X_all[is_val], label=y_all[is_val])

pos = y_all[is_fit].mean()
params = {
    "objective": "binary:logistic",
    "eval_metric": ["auc", "aucpr"],
    "eta": 0.05,
    "max_depth": 6,
    "min_child_weight": 3,
    "subsample": 0.8,
    "colsample_bytree": 0.7,
    "scale_pos_weight": (1 - pos) / pos,
    "seed": 2024,
}
bst = xgb.train(params, dfit, num_boost_round=400, evals=[(dfit, "fit")], verbose_eval=100)

y_val = y_all[is_val]
p_val = bst.predict(dval)
naive = np.full(len(y_val), pos)
print(f"baseline (constant train rate)  AUC={roc_auc_score(y_val, naive):.3f}  AP={average_precision_score(y_val, naive):.3f}")
print(f"xgboost                          AUC={roc_auc_score(y_val, p_val):.3f}  AP={average_precision_score(y_val, p_val):.3f}")

imp = pd.Series(bst.get_score(importance_type="gain")).sort_values(ascending=False)
print(imp.head(12))

# refit on every labelled month and write the submission
dall = xgb.DMatrix(X_all, label=y_all)
bst_all = xgb.train(params, dall, num_boost_round=400)
X_test = test.reindex(columns=X_all.columns, fill_value=0.0)
pred = bst_all.predict(xgb.DMatrix(X_test))
pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": pred}).to_csv("predictions.csv", index=False)
print("wrote predictions.csv", pred.shape)
