# churn_xgb.py -- take-home submission
# Validation: train on Jan-Jun 2024 snapshots, validate on Jul-Sep 2024 snapshots of customers
# that do not appear in Jan-Jun (the real test set is Oct-Dec, and other customers).

import json
import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, precision_recall_curve

with open("task.json") as f:
    TASK = json.load(f)
TARGET = TASK["target"]
IDC = TASK["id_column"]
TCOL = TASK["time_column"]
GCOL = TASK["group_column"]

raw = pd.read_csv("train.csv", parse_dates=[TCOL])
sub_raw = pd.read_csv("test.csv", parse_dates=[TCOL])

print(raw.shape)
print(raw[TARGET].value_counts())
print(raw.groupby(raw[TCOL].dt.month)[TARGET].mean().round(3))

NUMERIC = ["tenure_months", "monthly_charges", "has_discount", "logins_30d",
           "days_since_last_login", "support_tickets_30d", "payment_failures_90d"]
CATEG = ["plan", "region"]


def featurize(df):
    X = df[NUMERIC].copy()
    X["low_engagement"] = ((X["logins_30d"] < 3) & (X["days_since_last_login"] > 10)).astype(int)
    X["tickets_x_failures"] = X["support_tickets_30d"] * X["payment_failures_90d"]
    X["log_charges"] = np.log1p(X["monthly_charges"])
    dummies = pd.get_dummies(df[CATEG], prefix=CATEG, dtype=int)
    return pd.concat([X, dummies], axis=1)


X_full = featurize(raw)
y_full = raw[TARGET].astype(int)
X_sub = featurize(sub_raw).reindex(columns=X_full.columns, fill_value=0)

split_date = pd.Timestamp("2024-07-01")
train_mask = raw[TCOL] < split_date
seen_customers = set(raw.loc[train_mask, GCOL])
valid_mask = (raw[TCOL] >= split_date) & ~raw[GCOL].isin(seen_customers)

X_tr, y_tr = X_full[train_mask], y_full[train_mask]
X_va, y_va = X_full[valid_mask], y_full[valid_mask]
print(f"train: {len(X_tr)} rows {raw.loc[train_mask, TCOL].min():%Y-%m} .. {raw.loc[train_mask, TCOL].max():%Y-%m}")
print(f"valid: {len(X_va)} rows {raw.loc[valid_mask, TCOL].min():%Y-%m} .. {raw.loc[valid_mask, TCOL].max():%Y-%m}")

spw = (1 - y_tr.mean()) / y_tr.mean()
params = dict(n_estimators=350, max_depth=4, learning_rate=0.05, subsample=0.9,
              colsample_bytree=0.8, min_child_weight=5, scale_pos_weight=spw,
              eval_metric="aucpr", random_state=1)
clf = xgb.XGBClassifier(**params)
clf.fit(X_tr, y_tr)
p_va = clf.predict_proba(X_va)[:, 1]

dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
p_dummy = dummy.predict_proba(X_va)[:, 1]

scores = {
    "dummy_roc_auc": roc_auc_score(y_va, p_dummy),
    "dummy_average_precision": average_precision_score(y_va, p_dummy),
    "xgb_roc_auc": roc_auc_score(y_va, p_va),
    "xgb_average_precision": average_precision_score(y_va, p_va),
}
print(json.dumps(scores, indent=2))

prec, rec, thr = precision_recall_curve(y_va, p_va)
top_decile = np.quantile(p_va, 0.9)
print("recall in top 10% of scores:", y_va[p_va >= top_decile].sum() / y_va.sum())

clf_all = xgb.XGBClassifier(**params).fit(X_full, y_full)
pd.DataFrame({IDC: sub_raw[IDC], "prediction": clf_all.predict_proba(X_sub)[:, 1]}).to_csv(
    "predictions.csv", index=False
)
with open("metrics.json", "w") as f:
    json.dump({"roc_auc": scores["xgb_roc_auc"], "average_precision": scores["xgb_average_precision"]}, f)
