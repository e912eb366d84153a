"""Loan default take-home - gradient boosting, SMOTE on the training split only.

Run: python l06_loan_smote_gbm_trainonly.py  (expects train.csv / test.csv in cwd)
"""
import json

import numpy as np
import pandas as pd
from imblearn.over_sampling import SMOTE
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import (average_precision_score, confusion_matrix,
                             roc_auc_score, recall_score, precision_score)
from sklearn.model_selection import train_test_split

task = json.load(open("task.json"))
TARGET = task["target"]
ID = task["id_column"]
DROP = task.get("leaky_columns", []) + [ID, TARGET]

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print("train", df.shape, "test", test.shape)
print(df[TARGET].value_counts(normalize=True))

CATS = ["home_ownership", "purpose"]


def prep(frame):
    out = frame.copy()
    out["emp_length_years"] = out["emp_length_years"].fillna(0)
    out["revol_util"] = out["revol_util"].fillna(0).clip(0, 150)
    out["dti"] = out["dti"].clip(upper=60)
    out["income_log"] = np.log1p(out["annual_income"])
    out["loan_income_ratio"] = out["loan_amount"] / out["annual_income"].replace(0, np.nan)
    out["loan_income_ratio"] = out["loan_income_ratio"].fillna(0)
    out = pd.get_dummies(out, columns=CATS, dtype=int)
    return out


df = prep(df)
test = prep(test)
features = [c for c in df.columns if c not in DROP]
test = test.reindex(columns=features, fill_value=0)

X = df[features].values
y = df[TARGET].values

X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.2, random_state=0, stratify=y)

# balance the classes - training split only, the test split keeps the real ratio
sm = SMOTE(random_state=0, k_neighbors=5)
X_train_bal, y_train_bal = sm.fit_resample(X_train, y_train)
print("after smote:", np.bincount(y_train_bal))

dummy = DummyClassifier(strategy="stratified", random_state=0).fit(X_train, y_train)
d_proba = dummy.predict_proba(X_test)[:, 1]
print("Dummy ROC AUC :", round(roc_auc_score(y_test, d_proba), 4))
print("Dummy AP      :", round(average_precision_score(y_test, d_proba), 4))

model = GradientBoostingClassifier(n_estimators=400, learning_rate=0.05, max_depth=3,
                                   subsample=0.8, random_state=0)
model.fit(X_train_bal, y_train_bal)

proba = model.predict_proba(X_test)[:, 1]
pred = (proba >= 0.5).astype(int)
print("ROC AUC       :", round(roc_auc_score(y_test, proba), 4))
print("Avg precision :", round(average_precision_score(y_test, proba), 4))
print("Precision     :", round(precision_score(y_test, pred), 4))
print("Recall        :", round(recall_score(y_test, pred), 4))
print(confusion_matrix(y_test, pred))

importances = pd.Series(model.feature_importances_, index=features).sort_values(ascending=False)
print(importances.head(12).to_string())

# final model: resample all labelled rows, nothing left to score here
X_all_bal, y_all_bal = SMOTE(random_state=0).fit_resample(X, y)
model.fit(X_all_bal, y_all_bal)
pd.DataFrame({ID: pd.read_csv("test.csv")[ID],
              "prediction": model.predict_proba(test.values)[:, 1]}).to_csv("predictions.csv", index=False)
print("wrote predictions.csv")
