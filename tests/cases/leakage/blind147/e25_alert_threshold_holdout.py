"""Retention-team alert list: which snapshots to flag as likely churners.

Model score -> alert if score >= threshold. The threshold is tuned for F1 so the
retention team gets a list that balances misses and wasted calls.
Holdout: Jul-Sep snapshots of customers not seen in Jan-Jun (asserted).
"""
import json

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import ExtraTreesClassifier
from sklearn.metrics import (average_precision_score, f1_score, precision_recall_curve,
                             precision_score, recall_score, roc_auc_score)

task = json.load(open("task.json"))
TARGET = task["target"]
TIME = task["time_column"]
GROUP = task["group_column"]
ID = task["id_column"]
DROP = set(task["leaky_columns"]) | {TARGET, TIME, GROUP, ID}

train = pd.read_csv("train.csv", parse_dates=[TIME])
test = pd.read_csv("test.csv", parse_dates=[TIME])


def featurize(df):
    X = df.drop(columns=[c for c in DROP if c in df.columns]).copy()
    X["days_since_last_login"] = X["days_since_last_login"].fillna(365)
    X["charges_x_failures"] = X["monthly_charges"] * X["payment_failures_90d"]
    X = pd.get_dummies(X, columns=["plan", "region"], dtype=int)
    return X


cut = pd.Timestamp("2024-07-01")
tr = train[train[TIME] < cut]
ho = train[(train[TIME] >= cut) & (~train[GROUP].isin(tr[GROUP]))]
assert tr[TIME].max() < ho[TIME].min()
assert len(set(tr[GROUP]) & set(ho[GROUP])) == 0

X_tr = featurize(tr)
X_ho = featurize(ho).reindex(columns=X_tr.columns, fill_value=0)
assert DROP.isdisjoint(X_tr.columns)

et = ExtraTreesClassifier(n_estimators=600, min_samples_leaf=15, class_weight="balanced",
                          n_jobs=-1, random_state=21)
et.fit(X_tr, tr[TARGET])
score_ho = et.predict_proba(X_ho)[:, 1]

base = DummyClassifier(strategy="prior").fit(X_tr, tr[TARGET])
score_base = base.predict_proba(X_ho)[:, 1]
print(f"ROC AUC  model {roc_auc_score(ho[TARGET], score_ho):.4f} | baseline "
      f"{roc_auc_score(ho[TARGET], score_base):.4f}")
print(f"AP       model {average_precision_score(ho[TARGET], score_ho):.4f} | baseline "
      f"{average_precision_score(ho[TARGET], score_base):.4f}")

# ---- alert threshold -------------------------------------------------------
prec, rec, thr = precision_recall_curve(ho[TARGET], score_ho)
f1 = 2 * prec[:-1] * rec[:-1] / np.clip(prec[:-1] + rec[:-1], 1e-9, None)
best_thr = float(thr[np.argmax(f1)])
alerts = (score_ho >= best_thr).astype(int)
print(f"threshold {best_thr:.3f}: precision {precision_score(ho[TARGET], alerts):.3f} "
      f"recall {recall_score(ho[TARGET], alerts):.3f} F1 {f1_score(ho[TARGET], alerts):.3f} "
      f"alerts/month {alerts.sum() / ho[TIME].nunique():.0f}")

# ---- submission ------------------------------------------------------------
X_all = featurize(train)
X_te = featurize(test).reindex(columns=X_all.columns, fill_value=0)
et.fit(X_all, train[TARGET])
prob = et.predict_proba(X_te)[:, 1]
pd.DataFrame({ID: test[ID], "prediction": prob}).to_csv("predictions.csv", index=False)
json.dump({"threshold": best_thr}, open("alert_threshold.json", "w"))
