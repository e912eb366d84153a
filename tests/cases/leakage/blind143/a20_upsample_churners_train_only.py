"""Churn-snapshots - logistic regression with upsampled churners (training window only).

Only ~5% of snapshots churn next month, so the churners of the training window are
repeated a few times; the holdout keeps its natural class balance.
"""
import json

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, SplineTransformer, StandardScaler

TASK = json.load(open("task.json"))
TARGET, ID = TASK["target"], TASK["id_column"]
TIME, GROUP = TASK["time_column"], TASK["group_column"]
UPSAMPLE = 4


def upsample(frame, k):
    pos = frame[frame[TARGET] == 1]
    return pd.concat([frame] + [pos] * (k - 1), ignore_index=True)


df = pd.read_csv("train.csv", parse_dates=[TIME])
test = pd.read_csv("test.csv", parse_dates=[TIME])
print(df[TARGET].value_counts())

# --- split: Jan-Jun vs Jul-Sep, holdout restricted to new customers ---------
cut = pd.Timestamp("2024-07-01")
train = df[df[TIME] < cut]
valid = df[df[TIME] >= cut]
valid = valid[~valid[GROUP].isin(train[GROUP].unique())]

# --- rebalance the training window only -------------------------------------
train_bal = upsample(train, UPSAMPLE)
print("train after upsampling:", train_bal[TARGET].value_counts().to_dict())

num = ["tenure_months", "monthly_charges", "logins_30d", "days_since_last_login",
       "support_tickets_30d", "payment_failures_90d"]
cat = ["plan", "region", "has_discount"]

pre = ColumnTransformer([
    ("spline", SplineTransformer(n_knots=5, degree=3), ["tenure_months", "days_since_last_login"]),
    ("scale", StandardScaler(), num),
    ("onehot", OneHotEncoder(handle_unknown="ignore"), cat),
])
clf = Pipeline([("pre", pre), ("lr", LogisticRegression(C=0.2, max_iter=4000))])
clf.fit(train_bal[num + cat], train_bal[TARGET])
p = clf.predict_proba(valid[num + cat])[:, 1]

base = DummyClassifier(strategy="prior").fit(train[num + cat], train[TARGET])
pb = base.predict_proba(valid[num + cat])[:, 1]

print("holdout size", len(valid), "churn share", round(valid[TARGET].mean(), 3))
print("dummy   AUC %.3f AP %.3f" % (roc_auc_score(valid[TARGET], pb), average_precision_score(valid[TARGET], pb)))
print("logreg  AUC %.3f AP %.3f" % (roc_auc_score(valid[TARGET], p), average_precision_score(valid[TARGET], p)))

full_bal = upsample(df, UPSAMPLE)
clf.fit(full_bal[num + cat], full_bal[TARGET])
pred = clf.predict_proba(test[num + cat])[:, 1]
pd.DataFrame({ID: test[ID], "prediction": np.round(pred, 6)}).to_csv("predictions.csv", index=False)
