# Loan Prediction (Analytics Vidhya / Kaggle "Loan Approval")
# predict Loan_Status from applicant information

import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
import seaborn as sns
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score, confusion_matrix, classification_report

loan = pd.read_csv("train_u6lujuX_CVbuqh5.csv")
print(loan.shape)
print(loan.isnull().sum())

# ---- quick look ----
sns.countplot(x="Loan_Status", data=loan)
plt.savefig("status.png")
plt.clf()
print(pd.crosstab(loan["Credit_History"], loan["Loan_Status"], normalize="index"))

# ---- cleaning ----
# only ~80 incomplete rows, simply drop them
loan = loan.dropna()
loan["Dependents"] = loan["Dependents"].replace("3+", "3").astype(int)

# ---- features ----
loan["TotalIncome"] = loan["ApplicantIncome"] + loan["CoapplicantIncome"]
loan["TotalIncome_log"] = np.log(loan["TotalIncome"])
loan["LoanAmount_log"] = np.log(loan["LoanAmount"])
loan["EMI"] = loan["LoanAmount"] / loan["Loan_Amount_Term"]
loan["Balance_Income"] = loan["TotalIncome"] - loan["EMI"] * 1000

y = loan["Loan_Status"].map({"Y": 1, "N": 0})
X = pd.get_dummies(loan.drop(columns=["Loan_ID"]), drop_first=True)
print(X.columns.tolist())

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, random_state=10)

# ---- models ----
forest = RandomForestClassifier(n_estimators=200, max_depth=6, random_state=10)
forest.fit(X_train, y_train)
pred = forest.predict(X_test)
print("random forest accuracy:", accuracy_score(y_test, pred))
print(confusion_matrix(y_test, pred))
print(classification_report(y_test, pred))

imp = pd.Series(forest.feature_importances_, index=X.columns).sort_values(ascending=False)
print(imp.head(10))
imp.head(10).plot(kind="bar")
plt.tight_layout()
plt.savefig("importance.png")
