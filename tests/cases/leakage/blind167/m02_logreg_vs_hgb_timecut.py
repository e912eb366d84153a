"""Churn-snapshots take-home: predict churned_next_month for each snapshot.

Approach: light cleaning, one-hot for plan/region, logistic regression vs
gradient boosting, validated on later months of unseen customers.
"""
import json

import numpy as np
import pandas as pd
from sklearn.base import clone
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

task = json.load(open("task.json"))
TARGET = task["target"]
ID = task["id_column"]

train = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
print(train.shape, test.shape)
print(train[TARGET].value_counts())
print(train.isna().mean().sort_values(ascending=False).head())

# retention offer / closed date are only known after the outcome -> drop
DROP = [TARGET, ID, "customer_id", "snapshot_month",
        "retention_offer_accepted", "account_closed_date_known"]
CAT = ["plan", "region"]
NUM = [c for c in train.columns if c not in DROP + CAT]

X = train.drop(columns=DROP)
y = train[TARGET]

# time-ordered holdout: fit on Jan-Jun, validate on Jul-Sep snapshots of
# customers the model has never seen (test.csv is future months of other customers)
CUT = pd.Timestamp("2024-07-01")
tr_mask = train["snapshot_month"] < CUT
seen = set(train.loc[tr_mask, "customer_id"])
va_mask = (train["snapshot_month"] >= CUT) & ~train["customer_id"].isin(seen)
X_tr, y_tr = X[tr_mask], y[tr_mask]
X_va, y_va = X[va_mask], y[va_mask]
print("train rows", len(X_tr), "valid rows", len(X_va))


def make_pre():
    return ColumnTransformer([
        ("num", Pipeline([("imp", SimpleImputer(strategy="median")),
                          ("sc", StandardScaler())]), NUM),
        ("cat", OneHotEncoder(handle_unknown="ignore"), CAT),
    ])


models = {
    "dummy_prior": DummyClassifier(strategy="prior"),
    "logreg": Pipeline([
        ("pre", make_pre()),
        ("clf", LogisticRegression(max_iter=2000, class_weight="balanced")),
    ]),
    "hgb": Pipeline([
        ("pre", make_pre()),
        ("clf", HistGradientBoostingClassifier(
            learning_rate=0.05, max_iter=300, max_leaf_nodes=31, random_state=0)),
    ]),
}

results = {}
for name, model in models.items():
    model.fit(X_tr, y_tr)
    p = model.predict_proba(X_va)[:, 1]
    results[name] = {
        "roc_auc": roc_auc_score(y_va, p),
        "average_precision": average_precision_score(y_va, p),
    }
    print(f"{name:12s} auc={results[name]['roc_auc']:.4f} ap={results[name]['average_precision']:.4f}")

best = max((k for k in results if k != "dummy_prior"), key=lambda k: results[k]["roc_auc"])
print("best model:", best)

final = clone(models[best]).fit(X, y)
pred = final.predict_proba(test.drop(columns=[c for c in DROP if c in test.columns]))[:, 1]
pd.DataFrame({ID: test[ID], "prediction": pred}).to_csv("predictions.csv", index=False)

with open("metrics.json", "w") as f:
    json.dump({"roc_auc": round(results[best]["roc_auc"], 4)}, f)
