#!/usr/bin/env python
"""LightGBM churn model with early stopping on a validation group, final score on a separate holdout.

Usage: python f17_lgbm_early_stopping_val.py   (expects train.csv, test.csv, task.json here)
"""
import json

import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.metrics import average_precision_score, roc_auc_score

task = json.load(open("task.json"))
Y = task["target"]
T = task["time_column"]
G = task["group_column"]
ID = task["id_column"]
DROP = [Y, T, G, ID] + task["leaky_columns"]


def load(path):
    d = pd.read_csv(path)
    d[T] = pd.to_datetime(d[T])
    d = d.sort_values([G, T]).reset_index(drop=True)
    grp = d.groupby(G)
    d["logins_prev"] = grp["logins_30d"].shift(1)
    d["logins_chg"] = d["logins_30d"] - d["logins_prev"]
    d["tickets_3m"] = grp["support_tickets_30d"].transform(lambda s: s.shift(1).rolling(3, min_periods=1).mean())
    d["charges_chg"] = grp["monthly_charges"].diff()
    d["month"] = d[T].dt.month
    for c in ["plan", "region"]:
        d[c] = d[c].astype("category")
    d["has_discount"] = d["has_discount"].astype(int)
    return d


df = load("train.csv")
sub_df = load("test.csv")
features = [c for c in df.columns if c not in DROP]
print("features:", features)

# customers split 70/15/15: train on Jan-Jun of the 70%,
# early-stop on Jul-Sep of the first 15%, report on Jul-Sep of the other 15%
customers = pd.Series(df[G].unique()).sample(frac=1, random_state=5)
n = len(customers)
val_customers = set(customers.iloc[: int(0.15 * n)])
test_customers = set(customers.iloc[int(0.15 * n): int(0.30 * n)])
fit_customers = ~df[G].isin(val_customers | test_customers)
train_df = df[fit_customers & (df[T] < "2024-07-01")]
val_df = df[df[G].isin(val_customers) & (df[T] >= "2024-07-01")]
test_df = df[df[G].isin(test_customers) & (df[T] >= "2024-07-01")]
print(len(train_df), len(val_df), len(test_df))

model = lgb.LGBMClassifier(
    n_estimators=3000,
    learning_rate=0.02,
    num_leaves=31,
    min_child_samples=40,
    reg_lambda=1.0,
    colsample_bytree=0.7,
    subsample=0.8,
    subsample_freq=1,
    scale_pos_weight=5,
    verbose=-1,
)
model.fit(
    train_df[features],
    train_df[Y],
    eval_set=[(val_df[features], val_df[Y])],
    eval_metric="auc",
    callbacks=[lgb.early_stopping(100), lgb.log_evaluation(200)],
)
best_iter = model.best_iteration_
print("best iteration", best_iter)

p_test = model.predict_proba(test_df[features], num_iteration=best_iter)[:, 1]
prior = np.full(len(test_df), train_df[Y].mean())
print("baseline (train churn rate) AUC %.4f AP %.4f" % (roc_auc_score(test_df[Y], prior),
                                                       average_precision_score(test_df[Y], prior)))
print("lightgbm                    AUC %.4f AP %.4f" % (roc_auc_score(test_df[Y], p_test),
                                                       average_precision_score(test_df[Y], p_test)))

# refit on everything with the number of trees found above
final = lgb.LGBMClassifier(**{**model.get_params(), "n_estimators": best_iter})
final.fit(df[features], df[Y])
pd.DataFrame({ID: sub_df[ID], "prediction": final.predict_proba(sub_df[features])[:, 1]}).to_csv(
    "predictions.csv", index=False
)
