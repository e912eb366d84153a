#!/usr/bin/env python
"""churn-snapshots: gradient boosting on a rebalanced sample.

Memo
----
* Data audit. Columns known at the snapshot: account attributes (tenure,
  plan, region, charges, discount) and trailing-window activity counters.
  retention_offer_accepted / account_closed_date_known are written after the
  churn decision -> excluded. snapshot_id / customer_id are keys only.
* Class balance. Only ~5% of snapshots churn. Gradient boosting without class
  weights tends to ignore the minority class, so churners are up-sampled to
  a 1:3 ratio in the fitting rows (never in the holdout).
* Validation plan. 25% of customers held out (GroupShuffleSplit), scored on
  Jul-Sep; fit on the other customers' Jan-Jun snapshots.
"""
import json

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import GroupShuffleSplit
from sklearn.utils import resample

SEED = 17
task = json.load(open("task.json"))
TARGET = task["target"]
ID = task["id_column"]

df = pd.read_csv("train.csv", parse_dates=["snapshot_month"]).drop(columns=task["leaky_columns"])
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])

NUMERIC = ["tenure_months", "monthly_charges", "has_discount", "logins_30d",
           "days_since_last_login", "support_tickets_30d", "payment_failures_90d"]


def matrix(frame, cols=None):
    X = frame[NUMERIC].fillna(0).astype(float)
    X["charges_per_tenure"] = frame["monthly_charges"] / (frame["tenure_months"] + 1)
    X = pd.concat([X, pd.get_dummies(frame[["plan", "region"]], dtype=float)], axis=1)
    return X if cols is None else X.reindex(columns=cols, fill_value=0.0)




def rebalance(frame):
    """Up-sample churners to 1 churner per 3 stayers."""
    churners = frame[frame[TARGET] == 1]
    stayers = frame[frame[TARGET] == 0]
    churners_up = resample(churners, replace=True, n_samples=len(stayers) // 3, random_state=SEED)
    return pd.concat([stayers, churners_up]).sample(frac=1.0, random_state=SEED).reset_index(drop=True)


# --- validation split: new customers, later months (on the original rows)
splitter = GroupShuffleSplit(n_splits=1, test_size=0.25, random_state=SEED)
tr_idx, va_idx = next(splitter.split(df, groups=df["customer_id"]))
cut = pd.Timestamp("2024-07-01")
tr = df.iloc[tr_idx].query("snapshot_month < @cut")
va = df.iloc[va_idx].query("snapshot_month >= @cut")

# --- rebalance the fitting rows only; the holdout keeps the real 5% churn rate
tr = rebalance(tr)
print("fit rows after rebalancing:", tr[TARGET].value_counts().to_dict())

X_tr, y_tr = matrix(tr), tr[TARGET]
X_va, y_va = matrix(va, X_tr.columns), va[TARGET]

gbm = GradientBoostingClassifier(n_estimators=300, max_depth=3, learning_rate=0.05,
                                 subsample=0.8, random_state=SEED)
gbm.fit(X_tr, y_tr)
p_va = gbm.predict_proba(X_va)[:, 1]

dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
p_dummy = dummy.predict_proba(X_va)[:, 1]

print(f"GBM        ROC AUC {roc_auc_score(y_va, p_va):.3f}   PR AUC {average_precision_score(y_va, p_va):.3f}")
print(f"Dummy      ROC AUC {roc_auc_score(y_va, p_dummy):.3f}   PR AUC {average_precision_score(y_va, p_dummy):.3f}")

# --- error analysis by segment
va = va.assign(p=p_va)
for col in ["region", "plan", "has_discount"]:
    seg = va.groupby(col).apply(
        lambda g: pd.Series({"rows": len(g), "churn_share": g[TARGET].mean(),
                             "roc_auc": roc_auc_score(g[TARGET], g["p"]) if g[TARGET].nunique() == 2 else np.nan}))
    print(seg.round(3), end="\n\n")

# --- submission (model refit on all of train.csv, rebalanced)
balanced = rebalance(df)
X_all = matrix(balanced)
gbm.fit(X_all, balanced[TARGET])
p_test = gbm.predict_proba(matrix(test, X_all.columns))[:, 1]
pd.DataFrame({ID: test[ID], "prediction": p_test}).to_csv("predictions.csv", index=False)

# Recommendation: the rebalanced GBM is well above the dummy. Scores are
# inflated by the rebalancing, so rank customers rather than reading the
# probability directly.
