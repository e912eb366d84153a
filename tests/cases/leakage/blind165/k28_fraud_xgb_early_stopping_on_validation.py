"""card-fraud -- XGBoost, rounds chosen by early stopping on a validation split.

split   : stratified 80/20 -> test set (scored once at the very end)
          the 80% is split again 85/15 -> fit / early-stopping validation
features: raw numeric columns, log amount, amount per 24h transaction, merchant category
excluded: transaction_id, chargeback_flag (post-dispute information)
baseline: prior-rate DummyClassifier
"""
import json

import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split

task = json.load(open("task.json"))
TARGET, ID = task["target"], task["id_column"]
df = pd.read_csv("train.csv")
sub = pd.read_csv("test.csv")
cats = sorted(df["merchant_category"].unique())


def prepare(frame):
    X = frame.drop(columns=[c for c in [TARGET, ID, "chargeback_flag"] if c in frame.columns]).copy()
    X["merchant_category"] = pd.Categorical(X["merchant_category"], categories=cats)
    X["log_amount"] = np.log1p(X["amount"])
    X["amount_per_txn_24h"] = X["amount"] / (X["txn_count_24h"] + 1)
    return X


X, y = prepare(df), df[TARGET]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=31)
X_fit, X_es, y_fit, y_es = train_test_split(X_train, y_train, test_size=0.15, stratify=y_train, random_state=31)

params = dict(learning_rate=0.02, max_depth=5, min_child_weight=3, subsample=0.8, colsample_bytree=0.7,
              enable_categorical=True, tree_method="hist", random_state=31)
clf = xgb.XGBClassifier(n_estimators=3000, eval_metric="aucpr", early_stopping_rounds=50, **params)
clf.fit(X_fit, y_fit, eval_set=[(X_es, y_es)], verbose=False)
n_rounds = clf.best_iteration + 1
print("rounds chosen on validation:", n_rounds)

p = clf.predict_proba(X_test)[:, 1]
baseline = DummyClassifier(strategy="prior").fit(X_train, y_train).predict_proba(X_test)[:, 1]
print(f"test AP  {average_precision_score(y_test, p):.4f}  (baseline {average_precision_score(y_test, baseline):.4f})")
print(f"test AUC {roc_auc_score(y_test, p):.4f}")

by_merchant = (
    pd.DataFrame({"merchant": X_test["merchant_category"].astype(str), "y": y_test.to_numpy(), "p": p})
    .groupby("merchant")
    .apply(lambda g: pd.Series({"n": len(g), "fraud": g["y"].sum(), "mean_p": g["p"].mean()}))
)
print(by_merchant.sort_values("fraud", ascending=False).head(10))

final = xgb.XGBClassifier(n_estimators=n_rounds, **params).fit(X, y)
pd.DataFrame({ID: sub[ID], "prediction": final.predict_proba(prepare(sub))[:, 1]}).to_csv(
    "predictions.csv", index=False)
