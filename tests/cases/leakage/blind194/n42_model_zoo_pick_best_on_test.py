"""Model comparison for the card-fraud task.

Candidates: dummy (reference), logistic regression, random forest, XGBoost.
The winner is refit on all labelled rows and used for predictions.csv.
"""
import json

import numpy as np
import pandas as pd
from sklearn.base import clone
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from xgboost import XGBClassifier

NUM = ["log_amount", "hour", "dow"]
CAT = ["merchant_category", "country", "device"]


def prepare(df: pd.DataFrame) -> pd.DataFrame:
    t = pd.to_datetime(df["transaction_time"])
    out = df[CAT].fillna("NA").copy()
    out["log_amount"] = np.log1p(df["amount"])
    out["hour"] = t.dt.hour
    out["dow"] = t.dt.dayofweek
    return out[NUM + CAT]


def with_prep(model, scale: bool) -> Pipeline:
    num = StandardScaler() if scale else "passthrough"
    prep = ColumnTransformer([("num", num, NUM),
                              ("cat", OneHotEncoder(handle_unknown="ignore"), CAT)])
    return Pipeline([("prep", prep), ("model", model)])


train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
X, y = prepare(train), train["is_fraud"]

candidates = {
    "dummy": DummyClassifier(strategy="prior"),
    "logreg": with_prep(LogisticRegression(max_iter=2000, class_weight="balanced"), scale=True),
    "random_forest": with_prep(RandomForestClassifier(n_estimators=400, min_samples_leaf=3,
                                                      class_weight="balanced_subsample",
                                                      n_jobs=-1, random_state=0), scale=False),
    "xgboost": with_prep(XGBClassifier(n_estimators=500, max_depth=5, learning_rate=0.05,
                                       subsample=0.8, colsample_bytree=0.8,
                                       scale_pos_weight=30, random_state=0), scale=False),
}

X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, stratify=y, random_state=0)

results = {}
for name, est in candidates.items():
    est.fit(X_tr, y_tr)
    p = est.predict_proba(X_te)[:, 1]
    results[name] = {"roc_auc": roc_auc_score(y_te, p),
                     "average_precision": average_precision_score(y_te, p)}
table = pd.DataFrame(results).T.sort_values("average_precision", ascending=False)
print(table.round(4))

winner = table.drop(index="dummy").index[0]
print("selected model:", winner)
json.dump({k: round(v, 4) for k, v in results[winner].items()}, open("metrics.json", "w"))

final = clone(candidates[winner]).fit(X, y)
pd.DataFrame({"transaction_id": test["transaction_id"],
              "prediction": final.predict_proba(prepare(test))[:, 1]}).to_csv(
    "predictions.csv", index=False)
