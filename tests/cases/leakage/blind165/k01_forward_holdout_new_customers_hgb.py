"""Churn-snapshots submission: gradient boosting with a forward-in-time, new-customer holdout.

Evaluation design
-----------------
* test.csv holds Oct-Dec 2024 snapshots of customers that are not in train.csv,
  so the holdout mimics that: fit on Jan-Jun, score Jul-Sep snapshots of
  customers that never appear before July.
* Leaky columns listed in task.json are dropped up front, together with the ids.
* The model is compared with a prior-rate model and a one-rule heuristic.
"""
import json

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.impute import SimpleImputer
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder

with open("task.json") as fh:
    task = json.load(fh)

TARGET = task["target"]
TIME = task["time_column"]
GROUP = task["group_column"]
ID = task["id_column"]
LEAKY = task["leaky_columns"]

train_df = pd.read_csv("train.csv", parse_dates=[TIME])
test_df = pd.read_csv("test.csv", parse_dates=[TIME])
print(train_df.shape, test_df.shape)
print("positive rate:", round(train_df[TARGET].mean(), 4))
print(train_df.groupby(TIME)[TARGET].agg(["mean", "size"]))

train_df = train_df.drop(columns=LEAKY)
test_df = test_df.drop(columns=[c for c in LEAKY if c in test_df.columns])

CATS = ["plan", "region"]
NUMS = [
    "tenure_months", "monthly_charges", "has_discount", "logins_30d",
    "days_since_last_login", "support_tickets_30d", "payment_failures_90d",
]


def add_row_features(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame.copy()
    out["charges_per_tenure"] = out["monthly_charges"] / (out["tenure_months"] + 1)
    out["inactive_2w"] = (out["days_since_last_login"] > 14).astype(int)
    out["any_payment_failure"] = (out["payment_failures_90d"] > 0).astype(int)
    return out


train_df = add_row_features(train_df)
test_df = add_row_features(test_df)
NUMS += ["charges_per_tenure", "inactive_2w", "any_payment_failure"]
FEATURES = NUMS + CATS

# --- holdout: forward in time AND customers unseen during fitting -------------
CUT = pd.Timestamp("2024-07-01")
fit_part = train_df[train_df[TIME] < CUT]
seen_customers = set(fit_part[GROUP])
holdout = train_df[(train_df[TIME] >= CUT) & (~train_df[GROUP].isin(seen_customers))]
print(f"fit rows={len(fit_part)}  holdout rows={len(holdout)}  "
      f"holdout customers={holdout[GROUP].nunique()}  holdout positives={holdout[TARGET].sum()}")

preprocess = ColumnTransformer([
    ("num", SimpleImputer(strategy="median"), NUMS),
    ("cat", OneHotEncoder(handle_unknown="ignore"), CATS),
])

model = Pipeline([
    ("prep", preprocess),
    ("gbm", HistGradientBoostingClassifier(
        learning_rate=0.05, max_iter=300, max_leaf_nodes=15,
        l2_regularization=1.0, random_state=7)),
])
model.fit(fit_part[FEATURES], fit_part[TARGET])

prior = DummyClassifier(strategy="prior").fit(fit_part[FEATURES], fit_part[TARGET])


def report(name, scores):
    auc = roc_auc_score(holdout[TARGET], scores)
    ap = average_precision_score(holdout[TARGET], scores)
    print(f"{name:<22} roc_auc={auc:.3f}  avg_precision={ap:.3f}")


report("prior (dummy)", prior.predict_proba(holdout[FEATURES])[:, 1])
report("rule: pay failures", holdout["payment_failures_90d"] + 0.01 * holdout["days_since_last_login"])
report("hist gbm", model.predict_proba(holdout[FEATURES])[:, 1])

# --- final fit on every labelled snapshot, predict the hidden months ----------
model.fit(train_df[FEATURES], train_df[TARGET])
pd.DataFrame({
    ID: test_df[ID],
    "prediction": model.predict_proba(test_df[FEATURES])[:, 1],
}).to_csv("predictions.csv", index=False)
print("wrote predictions.csv")
