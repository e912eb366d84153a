# -*- coding: utf-8 -*-
"""
Churn prediction (churn-snapshots bundle)
-----------------------------------------
XGBoost on the snapshot features. 80/20 stratified split for validation,
DummyClassifier as a reference point, predictions written for test.csv.
"""
import json
import warnings

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score, f1_score
from sklearn.model_selection import train_test_split
from xgboost import XGBClassifier

warnings.filterwarnings("ignore")
SEED = 2024

with open("task.json") as fh:
    spec = json.load(fh)
TARGET = spec["target"]
ID_COL = spec["id_column"]
NOT_FEATURES = [TARGET, ID_COL, spec["group_column"], spec["time_column"], *spec["leaky_columns"]]

train = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])

print("=== overview ===")
print(train.shape)
print(train.dtypes)
print(train[TARGET].value_counts(normalize=True).round(4))
print(train.groupby("plan")[TARGET].mean().round(4))


def features(df):
    out = df.copy()
    out["month_of_year"] = out["snapshot_month"].dt.month
    out["engagement"] = out["logins_30d"] / (1 + out["days_since_last_login"].fillna(60))
    out["billing_risk"] = out["payment_failures_90d"] * out["monthly_charges"]
    out["is_long_tenure"] = (out["tenure_months"] >= 24).astype(int)
    out = pd.get_dummies(out, columns=["plan", "region"], dtype=int)
    return out


train_x = features(train)
test_x = features(test).reindex(columns=train_x.columns, fill_value=0)
cols = [c for c in train_x.columns if c not in NOT_FEATURES]
print(len(cols), "features:", cols)

X_tr, X_va, y_tr, y_va = train_test_split(
    train_x[cols], train_x[TARGET], test_size=0.2, stratify=train_x[TARGET], random_state=SEED
)
print("train", X_tr.shape, "valid", X_va.shape)

spw = (y_tr == 0).sum() / max((y_tr == 1).sum(), 1)
model = XGBClassifier(
    n_estimators=500,
    learning_rate=0.04,
    max_depth=5,
    min_child_weight=5,
    subsample=0.85,
    colsample_bytree=0.8,
    scale_pos_weight=spw,
    eval_metric="aucpr",
    random_state=SEED,
)
model.fit(X_tr, y_tr)
baseline = DummyClassifier(strategy="prior").fit(X_tr, y_tr)

p_model = model.predict_proba(X_va)[:, 1]
p_base = baseline.predict_proba(X_va)[:, 1]
summary = pd.DataFrame({
    "roc_auc": [roc_auc_score(y_va, p_base), roc_auc_score(y_va, p_model)],
    "avg_precision": [average_precision_score(y_va, p_base), average_precision_score(y_va, p_model)],
    "f1@0.5": [f1_score(y_va, p_base > 0.5), f1_score(y_va, p_model > 0.5)],
}, index=["dummy", "xgboost"])
print(summary.round(4))

importance = pd.Series(model.feature_importances_, index=cols).sort_values(ascending=False)
print(importance.head(15))

model.fit(train_x[cols], train_x[TARGET])
pd.DataFrame({ID_COL: test[ID_COL], "prediction": model.predict_proba(test_x[cols])[:, 1]}).to_csv(
    "predictions.csv", index=False
)
with open("metrics.json", "w") as fh:
    json.dump({"roc_auc": round(float(summary.loc["xgboost", "roc_auc"]), 4),
               "average_precision": round(float(summary.loc["xgboost", "avg_precision"]), 4)}, fh)
