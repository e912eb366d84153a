"""Churn take-home -- XGBoost native API.

Setup: every customer has one snapshot per month. I train on everything up to the
last quarter and evaluate on the last quarter, i.e. a forward-in-time evaluation.
"""
import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.metrics import roc_auc_score, average_precision_score, recall_score

LABEL = "churned_next_month"
CATEGORICAL = ["plan_type", "contract_type", "region", "payment_method"]
NUMERIC = [
    "tenure_months", "monthly_charges", "total_charges", "num_products",
    "support_tickets_30d", "avg_session_minutes", "days_since_last_login",
    "late_payments_3m", "discount_pct",
]

snap = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
snap_test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])

print("rows", len(snap), "customers", snap["customer_id"].nunique())
print("months", snap["snapshot_month"].nunique(), snap["snapshot_month"].min().date(), "->",
      snap["snapshot_month"].max().date())
print("churn rate", snap[LABEL].mean().round(4))
print(snap[NUMERIC].describe().T[["mean", "50%", "max"]])


def transform(d, cat_levels=None):
    d = d.copy()
    d["spend_per_month"] = d["total_charges"] / d["tenure_months"].clip(lower=1)
    d["charge_delta"] = d["monthly_charges"] - d["spend_per_month"]
    d["low_engagement"] = ((d["avg_session_minutes"] < 5) & (d["days_since_last_login"] > 10)).astype(int)
    d["calendar_month"] = d["snapshot_month"].dt.month
    for c in CATEGORICAL:
        levels = None if cat_levels is None else cat_levels[c]
        d[c] = pd.Categorical(d[c], categories=levels)
    return d


snap = transform(snap)
levels = {c: snap[c].cat.categories for c in CATEGORICAL}
snap_test = transform(snap_test, levels)
FEATURES = NUMERIC + CATEGORICAL + ["spend_per_month", "charge_delta", "low_engagement", "calendar_month"]

months = np.sort(snap["snapshot_month"].unique())
holdout_months = months[-3:]
valid_months = months[-5:-3]
train = snap[snap["snapshot_month"] < valid_months[0]]
valid = snap[snap["snapshot_month"].isin(valid_months)]
holdout = snap[snap["snapshot_month"].isin(holdout_months)]
print("train %d | valid %d | holdout %d" % (len(train), len(valid), len(holdout)))


def dmat(frame, with_label=True):
    return xgb.DMatrix(frame[FEATURES], label=frame[LABEL] if with_label else None,
                       enable_categorical=True)


dtrain, dvalid, dhold = dmat(train), dmat(valid), dmat(holdout)
params = {
    "objective": "binary:logistic",
    "eval_metric": ["logloss", "auc"],
    "tree_method": "hist",
    "max_depth": 4,
    "learning_rate": 0.03,
    "subsample": 0.85,
    "colsample_bytree": 0.8,
    "min_child_weight": 20,
    "reg_lambda": 3.0,
    "max_cat_to_onehot": 1,
}
booster = xgb.train(params, dtrain, num_boost_round=5000,
                    evals=[(dtrain, "train"), (dvalid, "valid")],
                    early_stopping_rounds=250, verbose_eval=250)
rng = (0, booster.best_iteration + 1)

y = holdout[LABEL].to_numpy()
p = booster.predict(dhold, iteration_range=rng)

# naive baseline: training churn rate per contract type
rate_by_contract = train.groupby("contract_type", observed=True)[LABEL].mean()
naive = holdout["contract_type"].map(rate_by_contract).astype(float).fillna(train[LABEL].mean()).to_numpy()
for name, score in [("baseline (contract churn rate)", naive), ("xgboost", p)]:
    print("%-32s ROC AUC %.4f  PR AUC %.4f" % (name, roc_auc_score(y, score), average_precision_score(y, score)))
k = int(0.1 * len(p))
top = np.zeros_like(y)
top[np.argsort(-p)[:k]] = 1
print("recall in top 10%% of scores: %.3f" % recall_score(y, top))

imp = booster.get_score(importance_type="gain")
print(pd.Series(imp).sort_values(ascending=False).round(2).head(15))

pd.DataFrame({"snapshot_id": snap_test["snapshot_id"],
              "prediction": booster.predict(dmat(snap_test, with_label=False), iteration_range=rng)}
             ).to_csv("predictions.csv", index=False)
