"""LendingClub loan_data.csv - XGBoost, early stopping on a separate validation split.

train (60%) -> fit, valid (20%) -> early stopping, test (20%) -> reported once.
"""
import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

TARGET = "not.fully.paid"

loans = pd.read_csv("loan_data.csv")
loans = pd.get_dummies(loans, columns=["purpose"], drop_first=True, dtype=int)
loans["installment_to_income"] = loans["installment"] / np.exp(loans["log.annual.inc"])
loans["credit_age_years"] = loans["days.with.cr.line"] / 365.25

X = loans.drop(columns=[TARGET])
y = loans[TARGET]

X_tmp, X_test, y_tmp, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=5)
X_train, X_valid, y_train, y_valid = train_test_split(
    X_tmp, y_tmp, test_size=0.25, stratify=y_tmp, random_state=5
)

booster = xgb.XGBClassifier(
    n_estimators=3000,
    learning_rate=0.02,
    max_depth=4,
    subsample=0.8,
    colsample_bytree=0.8,
    eval_metric="auc",
    early_stopping_rounds=100,
    random_state=5,
)
booster.fit(X_train, y_train, eval_set=[(X_valid, y_valid)], verbose=False)
print("best iteration on validation:", booster.best_iteration)

# two reference points: the class prior and a plain logistic regression
prior = DummyClassifier(strategy="prior").fit(X_train, y_train)
linear = make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000)).fit(X_train, y_train)

rows = []
for name, est in [("prior (baseline)", prior), ("logistic regression", linear), ("xgboost", booster)]:
    p = est.predict_proba(X_test)[:, 1]
    rows.append((name, roc_auc_score(y_test, p), average_precision_score(y_test, p)))

print(pd.DataFrame(rows, columns=["model", "test_auc", "test_ap"]).round(4).to_string(index=False))
