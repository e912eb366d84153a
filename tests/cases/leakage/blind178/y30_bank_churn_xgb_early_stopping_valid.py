# -----------------------------------------------------------------------------
# Bank customer churn (XGBoost)
# requirements: pandas, numpy, xgboost>=1.6, scikit-learn
# run:          python y30_bank_churn_xgb_early_stopping_valid.py
# data:         download from the dataset page and place it next to this file
# notes:
#   - xgboost >= 1.6 takes early_stopping_rounds in the constructor
#   - metrics go to stdout; artefacts to results/y30_bank_churn_xgb_early_stopping_valid.*
#   - random seeds are fixed so reruns give the same numbers
# -----------------------------------------------------------------------------
"""Bank churn with XGBoost: early stopping on a validation split carved out of
the training data; the test split is only used for the final report."""
import pandas as pd
import xgboost as xgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import train_test_split

SEED = 17

df = pd.read_csv("Churn_Modelling.csv")
df = df.drop(columns=["RowNumber", "CustomerId", "Surname"])
df = pd.get_dummies(df, columns=["Geography", "Gender"], drop_first=True)
df["BalanceSalaryRatio"] = df["Balance"] / df["EstimatedSalary"]

X = df.drop(columns=["Exited"])
y = df["Exited"]

X_trval, X_test, y_trval, y_test = train_test_split(
    X, y, test_size=0.2, stratify=y, random_state=SEED)
X_train, X_val, y_train, y_val = train_test_split(
    X_trval, y_trval, test_size=0.2, stratify=y_trval, random_state=SEED)

model = xgb.XGBClassifier(
    n_estimators=3000, learning_rate=0.01, max_depth=4, subsample=0.8,
    colsample_bytree=0.8, eval_metric="auc", early_stopping_rounds=100,
    random_state=SEED)
model.fit(X_train, y_train, eval_set=[(X_val, y_val)], verbose=False)
print("stopped at", model.best_iteration, "trees; val AUC", round(model.best_score, 4))

dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)
print("test AUC dummy :", round(roc_auc_score(y_test, dummy.predict_proba(X_test)[:, 1]), 4))
print("test AUC xgb   :", round(roc_auc_score(y_test, model.predict_proba(X_test)[:, 1]), 4))


# ---------------------------------------------------------------- save artefacts
import json
import os

import joblib

os.makedirs("results", exist_ok=True)
joblib.dump(model, "results/y30_bank_churn_xgb_early_stopping_valid.joblib")
with open("results/y30_bank_churn_xgb_early_stopping_valid.json", "w") as fh:
    json.dump({"script": "y30_bank_churn_xgb_early_stopping_valid", "n_rows": int(len(df))}, fh, indent=2)
print("saved results/y30_bank_churn_xgb_early_stopping_valid.json")
