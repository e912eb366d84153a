# Loan default model - LightGBM on application features

import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score, average_precision_score
import lightgbm as lgb

loans = pd.read_csv("train.csv", parse_dates=["application_date"])
print(loans.shape)
print(loans["defaulted"].mean())
print(loans["application_date"].min(), "->", loans["application_date"].max())

loans.groupby(loans["application_date"].dt.to_period("M"))["defaulted"].mean().plot(figsize=(10, 3))
plt.title("default rate by month")
plt.show()

loans["app_month"] = loans["application_date"].dt.month
loans["dti"] = loans["monthly_debt"] / (loans["monthly_income"] + 1)
loans["term_36"] = (loans["term"] == 36).astype(int)

features = ["loan_amount", "interest_rate", "monthly_income", "dti", "credit_score",
            "emp_length", "open_accounts", "term_36", "app_month"]
X = loans[features]
y = loans["defaulted"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=42)

clf = lgb.LGBMClassifier(n_estimators=500, learning_rate=0.03, num_leaves=31, subsample=0.8)
clf.fit(X_train, y_train)
proba = clf.predict_proba(X_test)[:, 1]

print("ROC AUC:", round(roc_auc_score(y_test, proba), 4))
print("PR AUC :", round(average_precision_score(y_test, proba), 4))

lgb.plot_importance(clf, max_num_features=10)
plt.show()

test = pd.read_csv("test.csv", parse_dates=["application_date"])
test["app_month"] = test["application_date"].dt.month
test["dti"] = test["monthly_debt"] / (test["monthly_income"] + 1)
test["term_36"] = (test["term"] == 36).astype(int)
pd.DataFrame({"loan_id": test["loan_id"], "prediction": clf.predict_proba(test[features])[:, 1]}).to_csv(
    "predictions.csv", index=False)
