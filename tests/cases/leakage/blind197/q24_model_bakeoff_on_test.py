# -*- coding: utf-8 -*-
"""
Churn model bake-off: logistic regression vs random forest vs LightGBM vs XGBoost.

Evaluation population: customers whose first snapshot is after June
(i.e. not seen in the training window), scored on their Jul-Sep rows.
"""
import time

import numpy as np
import pandas as pd
import lightgbm as lgb
import xgboost as xgb
from sklearn.compose import make_column_transformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.impute import SimpleImputer

TARGET = "churned_next_month"
NUM = ["tenure_months", "monthly_spend", "logins_30d", "support_tickets_30d", "days_since_last_login"]
CAT = ["plan", "region"]

df = pd.read_csv("train.csv")
sub = pd.read_csv("test.csv")
df["month"] = pd.to_datetime(df["snapshot_month"])

train = df[df["month"] < "2024-07-01"]
test = df[(df["month"] >= "2024-07-01") & ~df["customer_id"].isin(set(train["customer_id"]))]
X_train, y_train = train[NUM + CAT], train[TARGET]
X_test, y_test = test[NUM + CAT], test[TARGET]
print(f"train={len(train)} test={len(test)} test_pos={int(y_test.sum())}")


def pre():
    return make_column_transformer(
        (make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), NUM),
        (OneHotEncoder(handle_unknown="ignore"), CAT),
    )


candidates = {
    "baseline_prior": make_pipeline(pre(), DummyClassifier(strategy="prior")),
    "logreg": make_pipeline(pre(), LogisticRegression(max_iter=2000, class_weight="balanced")),
    "random_forest": make_pipeline(pre(), RandomForestClassifier(n_estimators=400, min_samples_leaf=20,
                                                                 class_weight="balanced_subsample",
                                                                 n_jobs=-1, random_state=0)),
    "lightgbm": make_pipeline(pre(), lgb.LGBMClassifier(n_estimators=400, learning_rate=0.03,
                                                        num_leaves=31, verbose=-1, random_state=0)),
    "xgboost": make_pipeline(pre(), xgb.XGBClassifier(n_estimators=400, learning_rate=0.05, max_depth=4,
                                                      subsample=0.8, colsample_bytree=0.8,
                                                      eval_metric="logloss", random_state=0)),
}

rows = []
for name, pipe in candidates.items():
    t0 = time.time()
    pipe.fit(X_train, y_train)
    p = pipe.predict_proba(X_test)[:, 1]
    rows.append({"model": name,
                 "test_roc_auc": roc_auc_score(y_test, p),
                 "test_pr_auc": average_precision_score(y_test, p),
                 "fit_s": round(time.time() - t0, 1)})

board = pd.DataFrame(rows).sort_values("test_roc_auc", ascending=False).reset_index(drop=True)
print(board.to_string(index=False, float_format="%.4f"))

best_name = board.loc[0, "model"]
best_auc = board.loc[0, "test_roc_auc"]
print(f"\nSelected model: {best_name}  (test ROC AUC {best_auc:.4f})")

best = candidates[best_name]
best.fit(df[NUM + CAT], df[TARGET])
pd.DataFrame({"snapshot_id": sub["snapshot_id"],
              "prediction": best.predict_proba(sub[NUM + CAT])[:, 1]}).to_csv("predictions.csv", index=False)

with open("metrics.json", "w") as fh:
    fh.write('{"roc_auc": %.4f}\n' % best_auc)
