"""churn-snapshots: xgboost + minority upsampling.

5% churners is thin for the trees, so churn snapshots are upsampled (sklearn.utils.resample)
to about 1 churner per 4 stayers. Evaluation: later months, customers not seen before the cut.
"""
import json

import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.metrics import roc_auc_score, average_precision_score, log_loss
from sklearn.utils import resample

TASK = json.load(open("task.json"))
Y, T, G, ID = TASK["target"], TASK["time_column"], TASK["group_column"], TASK["id_column"]
NOT_X = [Y, T, G, ID] + TASK["leaky_columns"]

df = pd.read_csv("train.csv", parse_dates=[T])
test = pd.read_csv("test.csv", parse_dates=[T])
df = pd.get_dummies(df, columns=["plan", "region"], dtype=float)
test = pd.get_dummies(test, columns=["plan", "region"], dtype=float)
for d in (df, test):
    d["logins_per_ticket"] = d["logins_30d"] / (d["support_tickets_30d"] + 1)
    d["stale"] = (d["days_since_last_login"] > 20).astype(int)

# ---- out-of-time / out-of-customer split ------------------------------------------------------
CUT = pd.Timestamp("2024-07-01")
train_part = df[df[T] < CUT]
eval_part = df[(df[T] >= CUT) & ~df[G].isin(set(train_part[G]))]

# ---- rebalance ------------------------------------------------------------------------------
pos = train_part[train_part[Y] == 1]
neg = train_part[train_part[Y] == 0]
pos_up = resample(pos, replace=True, n_samples=len(neg) // 4, random_state=0)
train_part = pd.concat([neg, pos_up]).sort_values(T).reset_index(drop=True)
print("after upsampling:", len(train_part), "rows, churn share", round(train_part[Y].mean(), 3))
X_cols = [c for c in df.columns if c not in NOT_X]
test = test.reindex(columns=list(dict.fromkeys(list(test.columns) + X_cols)), fill_value=0.0)
print("train", train_part.shape, "eval", eval_part.shape)

params = {
    "objective": "binary:logistic",
    "eval_metric": "auc",
    "eta": 0.05,
    "max_depth": 5,
    "min_child_weight": 4,
    "subsample": 0.8,
    "colsample_bytree": 0.8,
    "tree_method": "hist",
}
ROUNDS = 400
dtrain = xgb.DMatrix(train_part[X_cols], label=train_part[Y])
deval = xgb.DMatrix(eval_part[X_cols], label=eval_part[Y])
bst = xgb.train(params, dtrain, num_boost_round=ROUNDS)

p = bst.predict(deval)
p_base = np.full(len(eval_part), train_part[Y].mean())
print(f"baseline (train churn share): AUC={roc_auc_score(eval_part[Y], p_base):.3f} "
      f"AP={average_precision_score(eval_part[Y], p_base):.3f}")
print(f"xgboost: AUC={roc_auc_score(eval_part[Y], p):.3f} AP={average_precision_score(eval_part[Y], p):.3f} "
      f"logloss={log_loss(eval_part[Y], p):.3f}")

final = xgb.train(params, xgb.DMatrix(df[X_cols], label=df[Y]), num_boost_round=ROUNDS)
pd.DataFrame({ID: test[ID], "prediction": final.predict(xgb.DMatrix(test[X_cols]))}).to_csv(
    "predictions.csv", index=False)
