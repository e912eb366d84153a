# xgboost (native api) for the churn snapshots task
# - holdout = Jul-Sep snapshots of customers not seen Jan-Jun
# - early stopping so I don't have to guess the number of rounds

import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.metrics import roc_auc_score, average_precision_score, log_loss

pd.options.display.width = 140

df = pd.read_csv("train.csv")
df_sub = pd.read_csv("test.csv")

TARGET = "churned_next_month"
LEAKY = ["retention_offer_accepted", "account_closed_date_known"]
IDS = ["snapshot_id", "customer_id"]
PLANS = pd.CategoricalDtype(["basic", "standard", "premium"])  # from task.json

for d in (df, df_sub):
    d["snapshot_month"] = pd.to_datetime(d["snapshot_month"])
    d["moy"] = d["snapshot_month"].dt.month
    d["usage_hours"] = d["usage_hours"].fillna(0)
    d["plan"] = d["plan"].astype(PLANS)
    d["value_score"] = d["usage_hours"] / d["monthly_charges"].replace(0, np.nan)
    d["trouble"] = d["support_tickets"] + 2 * d["payment_failures"]

feature_cols = [c for c in df.columns if c not in IDS + LEAKY + [TARGET, "snapshot_month"]]
print(feature_cols)

# ---- holdout --------------------------------------------------------------------
hist = df[df.snapshot_month < "2024-07-01"]
hold = df[(df.snapshot_month >= "2024-07-01") & (~df.customer_id.isin(hist.customer_id.unique()))]
print("hist", hist.shape, "holdout", hold.shape, "holdout churn", round(hold[TARGET].mean(), 4))

dtrain = xgb.DMatrix(hist[feature_cols], label=hist[TARGET], enable_categorical=True)
dtest = xgb.DMatrix(hold[feature_cols], label=hold[TARGET], enable_categorical=True)

pos_weight = (hist[TARGET] == 0).sum() / (hist[TARGET] == 1).sum()
params = {
    "objective": "binary:logistic",
    "eval_metric": ["aucpr", "auc"],
    "eta": 0.03,
    "max_depth": 4,
    "min_child_weight": 5,
    "subsample": 0.85,
    "colsample_bytree": 0.8,
    "scale_pos_weight": np.sqrt(pos_weight),
    "tree_method": "hist",
    "seed": 3,
}

evals_result = {}
booster = xgb.train(
    params,
    dtrain,
    num_boost_round=3000,
    evals=[(dtrain, "train"), (dtest, "test")],
    early_stopping_rounds=100,
    evals_result=evals_result,
    verbose_eval=200,
)
print("best iteration:", booster.best_iteration)

p_hold = booster.predict(dtest, iteration_range=(0, booster.best_iteration + 1))
y_hold = hold[TARGET].values

# prior baseline = constant training churn rate
p_base = np.full_like(p_hold, hist[TARGET].mean())
print(f"baseline   auc={roc_auc_score(y_hold, p_base):.4f} ap={average_precision_score(y_hold, p_base):.4f} "
      f"logloss={log_loss(y_hold, p_base):.4f}")
print(f"xgboost    auc={roc_auc_score(y_hold, p_hold):.4f} ap={average_precision_score(y_hold, p_hold):.4f} "
      f"logloss={log_loss(y_hold, p_hold):.4f}")

# learning curve
curve = pd.DataFrame({k: v["aucpr"] for k, v in evals_result.items()})
print(curve.iloc[::250])

imp = pd.Series(booster.get_score(importance_type="gain")).sort_values(ascending=False)
print(imp.head(15))

# ---- final model for predictions.csv -----------------------------------------------
n_rounds = booster.best_iteration + 1
dall = xgb.DMatrix(df[feature_cols], label=df[TARGET], enable_categorical=True)
final = xgb.train(params, dall, num_boost_round=n_rounds)
dsub = xgb.DMatrix(df_sub[feature_cols], enable_categorical=True)
pd.DataFrame({"snapshot_id": df_sub.snapshot_id, "churn_probability": final.predict(dsub)}).to_csv(
    "predictions.csv", index=False
)
print("ok")
