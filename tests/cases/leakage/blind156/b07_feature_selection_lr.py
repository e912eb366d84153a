#!/usr/bin/env python
"""Take-home: churn-snapshots.

Pipeline
  1. one-hot + a few interaction features (~40 columns)
  2. keep the 12 most informative columns (mutual information with the label)
  3. scaled logistic regression, compared with a constant-prior model
Validation: fit on Jan-Jun 2024, score Jul-Sep snapshots of customers that
were not seen in the fitting window.
"""
import json
from itertools import combinations

import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.feature_selection import SelectKBest, mutual_info_classif
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

TASK = json.load(open("task.json"))
TARGET = TASK["target"]
ID_COL = TASK["id_column"]
EXCLUDE = {TARGET, ID_COL, "customer_id", "snapshot_month", *TASK["leaky_columns"]}
NUMERIC = ["tenure_months", "monthly_charges", "has_discount", "logins_30d",
           "days_since_last_login", "support_tickets_30d", "payment_failures_90d"]


def load():
    tr = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
    te = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
    return tr, te


def engineer(df):
    df = df.copy()
    for a, b in combinations(["logins_30d", "support_tickets_30d", "payment_failures_90d",
                              "days_since_last_login"], 2):
        df[f"{a}_x_{b}"] = df[a] * df[b]
    df["charges_per_month_tenure"] = df["monthly_charges"] / df["tenure_months"].clip(lower=1)
    df = pd.get_dummies(df, columns=["plan", "region"], dtype=float)
    return df


train, test = load()
print(train.shape, test.shape)
print(train[TARGET].mean())
print(train.describe().T[["mean", "std", "min", "max"]])

train_fe = engineer(train)
test_fe = engineer(test).reindex(columns=train_fe.columns, fill_value=0)
candidates = [c for c in train_fe.columns if c not in EXCLUDE]
print(len(candidates), "candidate features")

selector = SelectKBest(mutual_info_classif, k=12)
selector.fit(train_fe[candidates].fillna(0), train_fe[TARGET])
selected = [c for c, keep in zip(candidates, selector.get_support()) if keep]
print("selected:", selected)

cut = pd.Timestamp("2024-07-01")
early = train_fe[train_fe["snapshot_month"] < cut]
late = train_fe[train_fe["snapshot_month"] >= cut]
late = late[~late["customer_id"].isin(set(early["customer_id"]))]
X_tr, y_tr = early[selected].fillna(0), early[TARGET]
X_va, y_va = late[selected].fillna(0), late[TARGET]
print(f"fit={len(X_tr)} valid={len(X_va)} valid_pos={int(y_va.sum())}")

models = {
    "prior": DummyClassifier(strategy="prior"),
    "logreg": Pipeline([("scale", StandardScaler()),
                        ("lr", LogisticRegression(C=0.5, max_iter=3000, class_weight="balanced"))]),
}
metrics = {}
for name, model in models.items():
    model.fit(X_tr, y_tr)
    proba = model.predict_proba(X_va)[:, 1]
    metrics[name] = {"roc_auc": roc_auc_score(y_va, proba),
                     "average_precision": average_precision_score(y_va, proba)}
    print(name, {k: round(v, 4) for k, v in metrics[name].items()})

final = Pipeline([("scale", StandardScaler()),
                  ("lr", LogisticRegression(C=0.5, max_iter=3000, class_weight="balanced"))])
final.fit(train_fe[selected].fillna(0), train_fe[TARGET])
pred = final.predict_proba(test_fe[selected].fillna(0))[:, 1]
pd.DataFrame({ID_COL: test[ID_COL], "prediction": pred}).to_csv("predictions.csv", index=False)
json.dump({"roc_auc": round(metrics["logreg"]["roc_auc"], 4)}, open("metrics.json", "w"), indent=2)
