# Churn-snapshots take-home - gradient boosting
# split: train on Jan-Jun, evaluate on Jul-Sep rows of customers that never appear before July

import json
import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, precision_recall_curve

cfg = json.load(open("task.json"))
target = cfg["target"]
id_col = cfg["id_column"]

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

feature_names = ["tenure_months", "monthly_charges", "has_discount", "logins_30d",
                 "days_since_last_login", "support_tickets_30d", "payment_failures_90d",
                 "is_basic", "is_premium", "tickets_x_failures"]


def features(d):
    a = d[feature_names[:7]].to_numpy(float)
    basic = (d["plan"] == "basic").to_numpy(float)
    prem = (d["plan"] == "premium").to_numpy(float)
    inter = np.nan_to_num(a[:, 5]) * np.nan_to_num(a[:, 6])
    return np.column_stack([a, basic, prem, inter])


X = features(train)
y = train[target].to_numpy()
month = pd.to_datetime(train["snapshot_month"]).to_numpy()
cust = train["customer_id"].to_numpy()

july = np.datetime64("2024-07-01")
tr_mask = month < july
va_mask = (month >= july) & ~np.isin(cust, cust[tr_mask])
tr_idx, va_idx = np.nonzero(tr_mask)[0], np.nonzero(va_mask)[0]
print("rows:", tr_idx.size, va_idx.size)

clf = HistGradientBoostingClassifier(learning_rate=0.05, max_iter=500, max_depth=4,
                                     early_stopping=True, validation_fraction=0.15,
                                     random_state=42)
clf.fit(X[tr_idx], y[tr_idx])
proba = clf.predict_proba(X[va_idx])[:, 1]

print("ROC AUC:", round(roc_auc_score(y[va_idx], proba), 4))
print("AP     :", round(average_precision_score(y[va_idx], proba), 4))
prec, rec, thr = precision_recall_curve(y[va_idx], proba)
i = np.argmin(np.abs(rec - 0.5))
print("precision at 50% recall:", round(prec[i], 3))
print("iterations used:", clf.n_iter_)

clf.fit(X, y)
pd.DataFrame({id_col: test[id_col], "prediction": clf.predict_proba(features(test))[:, 1]}).to_csv(
    "predictions.csv", index=False)
