# Bank marketing with xgboost's native API: train / valid / test
# early stopping on valid; test scored once; compared with a prior-probability baseline
import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score, log_loss, average_precision_score

bank = pd.read_csv("bank-additional-full.csv", sep=";")
bank = bank.drop(columns=["duration"])
y = (bank.pop("y") == "yes").astype(int)

X = pd.get_dummies(bank, drop_first=True, dtype=float)
print(X.shape, y.mean())

X_tmp, X_te, y_tmp, y_te = train_test_split(X, y, test_size=0.2, stratify=y, random_state=1)
X_tr, X_va, y_tr, y_va = train_test_split(X_tmp, y_tmp, test_size=0.2, stratify=y_tmp, random_state=1)
print(len(X_tr), len(X_va), len(X_te))

dtr = xgb.DMatrix(X_tr, label=y_tr)
dva = xgb.DMatrix(X_va, label=y_va)
dte = xgb.DMatrix(X_te, label=y_te)

params = {
    "objective": "binary:logistic",
    "eval_metric": ["logloss", "auc"],
    "eta": 0.03,
    "max_depth": 5,
    "subsample": 0.8,
    "colsample_bytree": 0.7,
    "min_child_weight": 5,
    "tree_method": "hist",
    "seed": 1,
}

bst = xgb.train(params, dtr, num_boost_round=4000,
                evals=[(dtr, "train"), (dva, "valid")],
                early_stopping_rounds=150, verbose_eval=200)
print("best iteration", bst.best_iteration, "best valid score", bst.best_score)

p_te = bst.predict(dte, iteration_range=(0, bst.best_iteration + 1))

prior = np.full(len(y_te), y_tr.mean())
print("test AUC      model %.4f" % roc_auc_score(y_te, p_te))
print("test AP       model %.4f   prior %.4f" % (average_precision_score(y_te, p_te), y_te.mean()))
print("test logloss  model %.4f   prior baseline %.4f" % (log_loss(y_te, p_te), log_loss(y_te, prior)))

gain = bst.get_score(importance_type="gain")
top = sorted(gain.items(), key=lambda kv: -kv[1])[:15]
for k, v in top:
    print(f"{k:35s} {v:10.2f}")
