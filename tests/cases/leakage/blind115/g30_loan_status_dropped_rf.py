# Loan eligibility prediction - Dream Housing Finance (Analytics Vidhya practice problem)
# Random forest on the applicant data.

import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
import seaborn as sns
from sklearn.model_selection import train_test_split
from sklearn.tree import DecisionTreeClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score, f1_score, roc_auc_score

loan = pd.read_csv("data/loan_prediction_train.csv")
print(loan.shape)
print(loan.isnull().sum())

for col in ["Married", "Education", "Property_Area", "Credit_History"]:
    print(pd.crosstab(loan[col], loan["Loan_Status"], normalize="index").round(2), "\n")

loan = loan.dropna().copy()
loan["Dependents"] = loan["Dependents"].replace("3+", "3").astype(int)
loan["Loan_Status_num"] = loan["Loan_Status"].map({"Y": 1, "N": 0})
loan["TotalIncome"] = loan["ApplicantIncome"] + loan["CoapplicantIncome"]
loan["EMI"] = loan["LoanAmount"] / loan["Loan_Amount_Term"]
loan["Balance_Income"] = loan["TotalIncome"] - loan["EMI"] * 1000

sns.histplot(np.log(loan["TotalIncome"]), bins=40)
plt.savefig("total_income_log.png")

target_cols = ["Loan_Status", "Loan_Status_num"]
X = pd.get_dummies(loan.drop(columns=["Loan_ID"] + target_cols), drop_first=True)
y = loan["Loan_Status_num"]
print(X.columns.tolist())

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, stratify=y, random_state=1)

dummy = DummyClassifier(strategy="most_frequent").fit(X_train, y_train)
print("baseline accuracy:", round(accuracy_score(y_test, dummy.predict(X_test)), 3))

rf = RandomForestClassifier(n_estimators=300, max_depth=6, random_state=1)
rf.fit(X_train, y_train)
pred = rf.predict(X_test)
proba = rf.predict_proba(X_test)[:, 1]
print("RF accuracy:", round(accuracy_score(y_test, pred), 3))
print("RF F1      :", round(f1_score(y_test, pred), 3))
print("RF ROC AUC :", round(roc_auc_score(y_test, proba), 3))

imp = pd.Series(rf.feature_importances_, index=X.columns).sort_values()
imp.plot(kind="barh", figsize=(7, 6))
plt.tight_layout()
plt.savefig("rf_importance.png")
