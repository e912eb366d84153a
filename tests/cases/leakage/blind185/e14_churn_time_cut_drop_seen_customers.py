"""Churn: random forest with a holdout that is later in time AND on new customers.

Holdout = Aug-Sep snapshots of customers that never appear in Jan-Jul.
Reports accuracy (for reference - churn is rare, so it is not informative on its own),
ROC-AUC and PR-AUC against a majority-class / prior baseline.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score, average_precision_score, roc_auc_score

TARGET = "churned_next_month"
BASE = ["tenure_months", "monthly_spend", "logins_30d", "support_tickets_30d", "days_since_last_login"]
HOLDOUT_START = pd.Timestamp("2024-08-01")


def featurize(frame):
    X = frame[BASE].fillna(0).copy()
    X["month_of_year"] = frame["snapshot_month"].dt.month
    X["spend_bucket"] = pd.cut(frame["monthly_spend"], bins=[-np.inf, 20, 50, 100, np.inf], labels=False)
    X = X.join(pd.get_dummies(frame[["plan", "region"]], dtype=int))
    return X


def score(name, y_true, proba, label):
    print(
        f"{name:<9} acc={accuracy_score(y_true, label):.4f} "
        f"auc={roc_auc_score(y_true, proba):.4f} ap={average_precision_score(y_true, proba):.4f}"
    )


train_raw = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
test_raw = pd.read_csv("test.csv", parse_dates=["snapshot_month"])

X_all = featurize(train_raw)
y_all = train_raw[TARGET]

is_hold = train_raw["snapshot_month"] >= HOLDOUT_START
train_customers = set(train_raw.loc[~is_hold, "customer_id"])
hold_mask = is_hold & ~train_raw["customer_id"].isin(train_customers)
print(f"train rows {int((~is_hold).sum())}, holdout rows {int(hold_mask.sum())} "
      f"(dropped {int(is_hold.sum() - hold_mask.sum())} holdout rows of known customers)")

X_train, y_train = X_all[~is_hold], y_all[~is_hold]
X_hold, y_hold = X_all[hold_mask], y_all[hold_mask]

dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)
score("baseline", y_hold, dummy.predict_proba(X_hold)[:, 1], dummy.predict(X_hold))

rf = RandomForestClassifier(
    n_estimators=400,
    min_samples_leaf=10,
    class_weight="balanced_subsample",
    n_jobs=-1,
    random_state=3,
)
rf.fit(X_train, y_train)
score("forest", y_hold, rf.predict_proba(X_hold)[:, 1], rf.predict(X_hold))

rf.fit(X_all, y_all)
X_test = featurize(test_raw).reindex(columns=X_all.columns, fill_value=0)
pd.DataFrame(
    {"snapshot_id": test_raw["snapshot_id"], "prediction": rf.predict_proba(X_test)[:, 1]}
).to_csv("predictions.csv", index=False)
