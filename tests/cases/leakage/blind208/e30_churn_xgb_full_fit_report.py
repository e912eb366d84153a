"""
Churn prediction -- XGBoost, trained with xgb.train on the full labelled history.

Given the time box I train one model on all labelled snapshots and report its
fit quality, then score test.csv.
"""
import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.metrics import roc_auc_score, average_precision_score, f1_score, confusion_matrix

TARGET = "churned_next_month"
CATS = ["plan_type", "contract_type", "region", "payment_method"]
DROP = [TARGET, "snapshot_id", "customer_id", "snapshot_month",
        "retention_offer_accepted", "account_closed_date_known"]


def read(path):
    d = pd.read_csv(path, parse_dates=["snapshot_month"])
    d["month"] = d["snapshot_month"].dt.month
    d["spend_rate"] = d["total_charges"] / d["tenure_months"].clip(lower=1)
    d["discounted"] = (d["discount_pct"] > 0).astype(int)
    d["login_recent"] = (d["days_since_last_login"] <= 7).astype(int)
    d["tickets_x_late"] = d["support_tickets_30d"] * (1 + d["late_payments_3m"])
    return d


hist = read("train.csv")
new = read("test.csv")

print(hist.shape, new.shape)
print("churn rate by month:")
print(hist.groupby("snapshot_month")[TARGET].mean().round(4).to_string())
print("churn by plan:")
print(hist.groupby("plan_type")[TARGET].agg(["mean", "count"]))

for c in CATS:
    hist[c] = hist[c].astype("category")
    new[c] = pd.Categorical(new[c], categories=hist[c].cat.categories)

features = [c for c in hist.columns if c not in DROP]
print("features:", features)

dfull = xgb.DMatrix(hist[features], label=hist[TARGET], enable_categorical=True)
params = {
    "objective": "binary:logistic",
    "eval_metric": ["auc", "aucpr"],
    "tree_method": "hist",
    "max_depth": 6,
    "eta": 0.05,
    "subsample": 0.8,
    "colsample_bytree": 0.8,
    "min_child_weight": 10,
    "scale_pos_weight": 5,
}
evals_result = {}
bst = xgb.train(params, dfull, num_boost_round=800, evals=[(dfull, "all")],
                evals_result=evals_result, verbose_eval=100)
print("final aucpr:", evals_result["all"]["aucpr"][-1])

p = bst.predict(dfull)
y = hist[TARGET].to_numpy()
print("ROC AUC: %.4f" % roc_auc_score(y, p))
print("PR AUC : %.4f" % average_precision_score(y, p))
best_f1, best_t = max((f1_score(y, p >= t), t) for t in np.arange(0.1, 0.9, 0.05))
print("best F1 %.4f at threshold %.2f" % (best_f1, best_t))
print(confusion_matrix(y, p >= best_t))

gain = pd.Series(bst.get_score(importance_type="gain")).sort_values(ascending=False)
print(gain.head(15))

dnew = xgb.DMatrix(new[features], enable_categorical=True)
pd.DataFrame({"snapshot_id": new["snapshot_id"], "prediction": bst.predict(dnew)}).to_csv(
    "predictions.csv", index=False)
