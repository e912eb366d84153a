"""LendingClub loan_data.csv - will the borrower not fully pay back the loan?

XGBoost with early stopping so we don't have to guess n_estimators.
"""
import pandas as pd
import numpy as np
import xgboost as xgb
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score, classification_report, precision_recall_curve, auc

loans = pd.read_csv("loan_data.csv")
print(loans.info())
print(loans["not.fully.paid"].value_counts(normalize=True))

# one-hot the purpose column
loans = pd.get_dummies(loans, columns=["purpose"], drop_first=True)

# a few ratio features
loans["installment_to_income"] = loans["installment"] / np.exp(loans["log.annual.inc"])
loans["revol_bal_log"] = np.log1p(loans["revol.bal"])
loans["credit_age_years"] = loans["days.with.cr.line"] / 365.25

features = [c for c in loans.columns if c != "not.fully.paid"]
X = loans[features]
y = loans["not.fully.paid"]

X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.2, stratify=y, random_state=101
)

scale_pos_weight = (y_train == 0).sum() / (y_train == 1).sum()

model = xgb.XGBClassifier(
    n_estimators=3000,
    learning_rate=0.02,
    max_depth=4,
    subsample=0.8,
    colsample_bytree=0.8,
    min_child_weight=5,
    scale_pos_weight=scale_pos_weight,
    eval_metric="auc",
    early_stopping_rounds=100,
    random_state=101,
)

model.fit(
    X_train,
    y_train,
    eval_set=[(X_train, y_train), (X_test, y_test)],
    verbose=200,
)
print("best iteration:", model.best_iteration)

proba = model.predict_proba(X_test)[:, 1]
pred = (proba > 0.5).astype(int)

precision, recall, _ = precision_recall_curve(y_test, proba)
print("Test ROC AUC:", round(roc_auc_score(y_test, proba), 4))
print("Test PR AUC :", round(auc(recall, precision), 4))
print(classification_report(y_test, pred))

imp = pd.Series(model.feature_importances_, index=features).sort_values(ascending=False)
print(imp.head(10))
