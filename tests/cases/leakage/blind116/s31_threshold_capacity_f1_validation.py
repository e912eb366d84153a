"""Churn snapshots - alert threshold for the retention desk.

The desk can handle alerts on at most 8% of active customers each month.
Model: LightGBM. Split by month, evaluation parts restricted to unseen customers:
  fit        Jan-Jul
  validation Aug   (customers not in Jan-Jul)
  holdout    Sep   (customers not in Jan-Aug)
"""
import json

import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.metrics import (average_precision_score, f1_score, precision_score,
                             recall_score, roc_auc_score)

MAX_ALERT_SHARE = 0.08

task = json.load(open("task.json"))
TARGET, MONTH, CUST, ID = task["target"], task["time_column"], task["group_column"], task["id_column"]
LEAKY = task["leaky_columns"]

df = pd.read_csv("train.csv")
df[MONTH] = pd.to_datetime(df[MONTH]).dt.to_period("M")
feats = [c for c in df.columns if c not in [TARGET, MONTH, CUST, ID] + LEAKY]
cats = [c for c in feats if df[c].dtype == "object"]
X = pd.get_dummies(df[feats], columns=cats, dtype=float)
y = df[TARGET].to_numpy()
print(X.shape, y.mean().round(4))

m = df[MONTH].astype(str)
fit = (m <= "2024-07").to_numpy()
val = ((m == "2024-08") & ~df[CUST].isin(df.loc[fit, CUST])).to_numpy()
hold = ((m == "2024-09") & ~df[CUST].isin(df.loc[m <= "2024-08", CUST])).to_numpy()
print("fit/val/hold rows:", fit.sum(), val.sum(), hold.sum())

params = dict(n_estimators=400, learning_rate=0.03, num_leaves=15, min_child_samples=60,
              subsample=0.8, subsample_freq=1, colsample_bytree=0.8, random_state=0, verbose=-1)
model = lgb.LGBMClassifier(**params).fit(X[fit], y[fit])
p_val = model.predict_proba(X[val])[:, 1]
p_hold = model.predict_proba(X[hold])[:, 1]
print(f"validation Aug: ROC-AUC {roc_auc_score(y[val], p_val):.3f}  PR-AUC {average_precision_score(y[val], p_val):.3f}")


def sweep(y_true, p):
    rows = []
    for t in np.round(np.arange(0.02, 0.6, 0.01), 2):
        flag = p >= t
        if flag.mean() > MAX_ALERT_SHARE or flag.sum() == 0:
            continue
        rows.append({"threshold": t, "alert_share": flag.mean(),
                     "precision": precision_score(y_true, flag), "recall": recall_score(y_true, flag),
                     "f1": f1_score(y_true, flag)})
    return pd.DataFrame(rows)


curve = sweep(y[val], p_val)
best = curve.loc[curve["f1"].idxmax()]
print(curve.sort_values("f1", ascending=False).head(5).round(3).to_string(index=False))
threshold = float(best["threshold"])
print("threshold:", threshold)

flag = p_hold >= threshold
dummy = DummyClassifier(strategy="stratified", random_state=0).fit(X[fit], y[fit])
flag_dummy = dummy.predict(X[hold]).astype(bool)
print("\nholdout September")
print(f"  model : ROC-AUC {roc_auc_score(y[hold], p_hold):.3f}  PR-AUC {average_precision_score(y[hold], p_hold):.3f}"
      f"  precision {precision_score(y[hold], flag):.3f}  recall {recall_score(y[hold], flag):.3f}"
      f"  F1 {f1_score(y[hold], flag):.3f}  alerts {flag.mean():.1%}")
print(f"  random: precision {precision_score(y[hold], flag_dummy, zero_division=0):.3f}"
      f"  recall {recall_score(y[hold], flag_dummy):.3f}  F1 {f1_score(y[hold], flag_dummy):.3f}")

final = lgb.LGBMClassifier(**params).fit(X, y)
test = pd.read_csv("test.csv")
X_test = pd.get_dummies(test[feats], columns=cats, dtype=float).reindex(columns=X.columns, fill_value=0.0)
p_test = final.predict_proba(X_test)[:, 1]
print("test alert share at threshold:", round(float((p_test >= threshold).mean()), 3))
pd.DataFrame({ID: test[ID], "prediction": p_test}).to_csv("predictions.csv", index=False)
