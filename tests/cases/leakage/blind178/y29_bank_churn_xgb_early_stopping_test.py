# -----------------------------------------------------------------------------
# Bank customer churn (XGBoost)
# requirements: pandas, numpy, xgboost>=1.6, scikit-learn
# run:          python y29_bank_churn_xgb_early_stopping_test.py
# data:         download from the dataset page and place it next to this file
# notes:
#   - xgboost >= 1.6 takes early_stopping_rounds in the constructor
#   - metrics go to stdout; artefacts to results/y29_bank_churn_xgb_early_stopping_test.*
#   - random seeds are fixed so reruns give the same numbers
# -----------------------------------------------------------------------------
"""Bank customer churn (Churn_Modelling.csv) with XGBoost and early stopping."""
import pandas as pd
import xgboost as xgb
from sklearn.metrics import accuracy_score, classification_report, roc_auc_score
from sklearn.model_selection import train_test_split

df = pd.read_csv("Churn_Modelling.csv")
print(df.head())
print(df["Exited"].value_counts(normalize=True))

# identifiers carry no information
df = df.drop(columns=["RowNumber", "CustomerId", "Surname"])
df = pd.get_dummies(df, columns=["Geography", "Gender"], drop_first=True)

df["BalanceSalaryRatio"] = df["Balance"] / df["EstimatedSalary"]
df["TenureByAge"] = df["Tenure"] / df["Age"]
df["CreditScoreGivenAge"] = df["CreditScore"] / df["Age"]

X = df.drop(columns=["Exited"])
y = df["Exited"]

X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.2, stratify=y, random_state=17)

model = xgb.XGBClassifier(
    n_estimators=3000,
    learning_rate=0.01,
    max_depth=4,
    subsample=0.8,
    colsample_bytree=0.8,
    min_child_weight=3,
    eval_metric="auc",
    early_stopping_rounds=100,
    random_state=17,
)
model.fit(X_train, y_train, eval_set=[(X_test, y_test)], verbose=200)
print("best iteration:", model.best_iteration)

proba = model.predict_proba(X_test)[:, 1]
pred = (proba >= 0.5).astype(int)
print("test AUC      :", round(roc_auc_score(y_test, proba), 4))
print("test accuracy :", round(accuracy_score(y_test, pred), 4))
print(classification_report(y_test, pred))

importance = pd.Series(model.feature_importances_, index=X.columns)
print(importance.sort_values(ascending=False).head(10))


# ---------------------------------------------------------------- save artefacts
import json
import os

import joblib

os.makedirs("results", exist_ok=True)
joblib.dump(model, "results/y29_bank_churn_xgb_early_stopping_test.joblib")
with open("results/y29_bank_churn_xgb_early_stopping_test.json", "w") as fh:
    json.dump({"script": "y29_bank_churn_xgb_early_stopping_test", "n_rows": int(len(df))}, fh, indent=2)
print("saved results/y29_bank_churn_xgb_early_stopping_test.json")
