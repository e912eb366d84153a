"""churn-snapshots -- LightGBM with early stopping.

Holdout: Jul-Sep snapshots of customers that have no Jan-Jun snapshot (mirrors
test.csv: later months, other customers). Fitting rows: Jan-Jun.
Number of trees: early stopping on AUC (patience 100) against the holdout rows.
Baseline: prior-rate DummyClassifier.
"""
import json

import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

task = json.load(open("task.json"))
TARGET, TIME, CUST, SID = task["target"], task["time_column"], task["group_column"], task["id_column"]

df = pd.read_csv("train.csv", parse_dates=[TIME]).drop(columns=task["leaky_columns"])
test = pd.read_csv("test.csv", parse_dates=[TIME])


def features(frame):
    frame = frame.sort_values([CUST, TIME]).copy()
    g = frame.groupby(CUST)
    frame["logins_lag1"] = g["logins_30d"].shift(1)
    frame["logins_change"] = frame["logins_30d"] - frame["logins_lag1"]
    frame["tickets_roll3"] = g["support_tickets_30d"].transform(lambda s: s.shift(1).rolling(3, min_periods=1).sum())
    frame["plan"] = frame["plan"].astype("category")
    frame["region"] = frame["region"].astype("category")
    return frame


df = features(df)
test = features(test)
FEATS = ["tenure_months", "plan", "region", "monthly_charges", "has_discount", "logins_30d",
         "days_since_last_login", "support_tickets_30d", "payment_failures_90d",
         "logins_lag1", "logins_change", "tickets_roll3"]

cut = pd.Timestamp("2024-07-01")
fit_rows = df[df[TIME] < cut]
hold = df[(df[TIME] >= cut) & ~df[CUST].isin(set(fit_rows[CUST]))]
print(f"fit {len(fit_rows)}  holdout {len(hold)}  holdout churn {hold[TARGET].mean():.2%}")

model = lgb.LGBMClassifier(n_estimators=5000, learning_rate=0.01, num_leaves=15, min_child_samples=80,
                           subsample=0.8, subsample_freq=1, colsample_bytree=0.8, verbose=-1, random_state=2)
model.fit(
    fit_rows[FEATS], fit_rows[TARGET],
    eval_set=[(hold[FEATS], hold[TARGET])],
    eval_metric="auc",
    callbacks=[lgb.early_stopping(100, verbose=False), lgb.log_evaluation(0)],
)
print("trees used:", model.best_iteration_)

baseline = DummyClassifier(strategy="prior").fit(fit_rows[FEATS], fit_rows[TARGET])
p_model = model.predict_proba(hold[FEATS])[:, 1]
p_base = baseline.predict_proba(hold[FEATS])[:, 1]
print(f"baseline  AUC {roc_auc_score(hold[TARGET], p_base):.3f}  AP {average_precision_score(hold[TARGET], p_base):.3f}")
print(f"lightgbm  AUC {roc_auc_score(hold[TARGET], p_model):.3f}  AP {average_precision_score(hold[TARGET], p_model):.3f}")

gain = pd.Series(model.booster_.feature_importance("gain"), index=FEATS)
print((gain / gain.sum()).sort_values(ascending=False).round(3))

final = lgb.LGBMClassifier(n_estimators=model.best_iteration_, learning_rate=0.01, num_leaves=15,
                           min_child_samples=80, subsample=0.8, subsample_freq=1, colsample_bytree=0.8,
                           verbose=-1, random_state=2)
final.fit(df[FEATS], df[TARGET])
pd.DataFrame({SID: test[SID], "prediction": final.predict_proba(test[FEATS])[:, 1]}).to_csv(
    "predictions.csv", index=False)
