"""Churn next month - xgboost native API, time-ordered validation on new customers."""
import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.metrics import roc_auc_score, average_precision_score

TARGET = "churned_next_month"
FEATURES = ["plan", "region", "contract_type", "payment_method", "monthly_charges", "tenure_months",
            "logins_30d", "support_tickets_30d", "payment_failures_90d", "discount_pct", "autopay"]
CATS = ["plan", "region", "contract_type", "payment_method"]

train = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
for c in CATS:
    dtype = pd.CategoricalDtype(train[c].dropna().unique())
    train[c] = train[c].astype(dtype)
    test[c] = test[c].astype(dtype)

print(train[TARGET].describe())
print(train.pivot_table(index="contract_type", columns="autopay", values=TARGET, aggfunc="mean"))

# Jan-Jun -> fit; Jul-Sep new customers -> validation
cutoff = pd.Timestamp("2024-07-01")
fit = train.loc[train.snapshot_month < cutoff]
val = train.loc[(train.snapshot_month >= cutoff) & ~train.customer_id.isin(fit.customer_id.unique())]
print(f"fit={len(fit)} val={len(val)} val churn={val[TARGET].mean():.3f}")

dfit = xgb.DMatrix(fit[FEATURES], label=fit[TARGET], enable_categorical=True)
dval = xgb.DMatrix(val[FEATURES], label=val[TARGET], enable_categorical=True)

params = {
    "objective": "binary:logistic",
    "eval_metric": "aucpr",
    "tree_method": "hist",
    "max_depth": 5,
    "eta": 0.03,
    "subsample": 0.8,
    "colsample_bynode": 0.8,
    "min_child_weight": 5,
    "lambda": 2.0,
    "max_cat_to_onehot": 8,
    "scale_pos_weight": float((fit[TARGET] == 0).sum() / (fit[TARGET] == 1).sum()),
}
N_ROUNDS = 600
bst = xgb.train(params, dfit, num_boost_round=N_ROUNDS)

p_val = bst.predict(dval)
auc = roc_auc_score(val[TARGET], p_val)
ap = average_precision_score(val[TARGET], p_val)
print(f"validation ROC AUC={auc:.4f}  PR AUC={ap:.4f}")

# how many churners land in the top 5% of scores (the retention team's call list size)
k = int(0.05 * len(val))
top = np.argsort(-p_val)[:k]
print("precision@5%%: %.3f  recall@5%%: %.3f" % (val[TARGET].values[top].mean(), val[TARGET].values[top].sum() / val[TARGET].sum()))

dall = xgb.DMatrix(train[FEATURES], label=train[TARGET], enable_categorical=True)
bst_all = xgb.train(params, dall, num_boost_round=N_ROUNDS)
pred = bst_all.predict(xgb.DMatrix(test[FEATURES], enable_categorical=True))
pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": pred}).to_csv("predictions.csv", index=False)
print("done:", pred.shape, pred.mean())
