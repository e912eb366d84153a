"""Churn snapshots take-home: logistic regression.

MEMO
====
Data audit
    Known at snapshot time: tenure_months, plan, region, monthly_charges,
    has_discount, logins_30d, days_since_last_login, support_tickets_30d,
    payment_failures_90d.
    NOT known at snapshot time: retention_offer_accepted,
    account_closed_date_known (both dropped). IDs are not features.

Validation plan
    Hold out 25% of customers (GroupShuffleSplit on customer_id) and score
    them on Jul-Sep; fit on the other customers' Jan-Jun snapshots.
    Preprocessing is fitted once on the full training file so that the
    fit rows, holdout rows and test.csv share exactly the same encoding.
"""
import json

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import GroupShuffleSplit
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

with open("task.json") as fh:
    TASK = json.load(fh)
TARGET = TASK["target"]
ID_COL = TASK["id_column"]
LEAKY = TASK["leaky_columns"]

NUMERIC = ["tenure_months", "monthly_charges", "has_discount", "logins_30d",
           "days_since_last_login", "support_tickets_30d", "payment_failures_90d"]
CATEGORICAL = ["plan", "region"]
CUT = pd.Timestamp("2024-07-01")


def load(path):
    df = pd.read_csv(path)
    df["snapshot_month"] = pd.to_datetime(df["snapshot_month"])
    df["has_discount"] = df["has_discount"].astype(int)
    return df.drop(columns=[c for c in LEAKY if c in df.columns])


train = load("train.csv")
test = load("test.csv")
print("rows:", len(train), "customers:", train["customer_id"].nunique(),
      "churn rate:", round(train[TARGET].mean(), 4))

# one shared encoder for every part of the data
preprocess = ColumnTransformer([
    ("num", Pipeline([("impute", SimpleImputer(strategy="median")),
                      ("scale", StandardScaler())]), NUMERIC),
    ("cat", OneHotEncoder(handle_unknown="ignore", sparse_output=False), CATEGORICAL),
])
X_all = preprocess.fit_transform(train[NUMERIC + CATEGORICAL])
X_test = preprocess.transform(test[NUMERIC + CATEGORICAL])
y_all = train[TARGET].to_numpy()

# ---------------------------------------------------------------- validation
gss = GroupShuffleSplit(n_splits=1, test_size=0.25, random_state=11)
fit_idx, hold_idx = next(gss.split(train, groups=train["customer_id"]))
month = train["snapshot_month"].to_numpy()
fit_idx = fit_idx[month[fit_idx] < CUT]
hold_idx = hold_idx[month[hold_idx] >= CUT]

lr = LogisticRegression(max_iter=2000, C=0.5, class_weight="balanced")
lr.fit(X_all[fit_idx], y_all[fit_idx])
hold_score = lr.predict_proba(X_all[hold_idx])[:, 1]

base = DummyClassifier(strategy="prior").fit(X_all[fit_idx], y_all[fit_idx])
base_score = base.predict_proba(X_all[hold_idx])[:, 1]

y_hold = y_all[hold_idx]
print(f"logreg    roc_auc={roc_auc_score(y_hold, hold_score):.3f} "
      f"ap={average_precision_score(y_hold, hold_score):.3f}")
print(f"baseline  roc_auc={roc_auc_score(y_hold, base_score):.3f} "
      f"ap={average_precision_score(y_hold, base_score):.3f}")

# ------------------------------------------------------- error analysis
err = train.iloc[hold_idx][["region", "plan", TARGET]].copy()
err["score"] = hold_score
for seg in ["region", "plan"]:
    rows = []
    for name, part in err.groupby(seg):
        auc = roc_auc_score(part[TARGET], part["score"]) if part[TARGET].nunique() == 2 else np.nan
        rows.append((name, len(part), part[TARGET].mean(), auc))
    print(pd.DataFrame(rows, columns=[seg, "n", "churn_rate", "auc"]).to_string(index=False))

coefs = pd.Series(lr.coef_[0], index=preprocess.get_feature_names_out())
print(coefs.sort_values().round(3))

# ------------------------------------------------------------ submission
lr.fit(X_all, y_all)
pd.DataFrame({ID_COL: test[ID_COL], "prediction": lr.predict_proba(X_test)[:, 1]}).to_csv(
    "predictions.csv", index=False)

# Recommendation: ship the logistic regression as v1; payment failures and
# days since last login dominate. Track AUC monthly against the baseline.
