#!/usr/bin/env python
# IBM HR Analytics - Employee Attrition & Performance
# Logistic regression / SVM / kNN on scaled, one-hot encoded features.

import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
import seaborn as sns
from sklearn.preprocessing import StandardScaler
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression
from sklearn.svm import SVC
from sklearn.neighbors import KNeighborsClassifier
from sklearn.metrics import roc_auc_score, f1_score, recall_score, classification_report, RocCurveDisplay

emp = pd.read_csv("WA_Fn-UseC_-HR-Employee-Attrition.csv")
print(emp.shape)
print(emp["Attrition"].value_counts())

# constant / identifier columns
emp = emp.drop(["EmployeeCount", "Over18", "StandardHours", "EmployeeNumber"], axis=1)
emp["Attrition"] = emp["Attrition"].map({"Yes": 1, "No": 0})

# a few engineered ratios
emp["IncomePerLevel"] = emp["MonthlyIncome"] / emp["JobLevel"]
emp["YearsPerCompany"] = emp["TotalWorkingYears"] / (emp["NumCompaniesWorked"] + 1)
emp["TenureRatio"] = emp["YearsAtCompany"] / (emp["TotalWorkingYears"] + 1)
emp["SatisfactionSum"] = (emp["EnvironmentSatisfaction"] + emp["JobSatisfaction"]
                          + emp["RelationshipSatisfaction"] + emp["WorkLifeBalance"])

plt.figure(figsize=(6, 4))
sns.boxplot(data=emp, x="Attrition", y="MonthlyIncome")
plt.show()

cat_cols = emp.select_dtypes("object").columns.tolist()
print("categoricals:", cat_cols)
emp = pd.get_dummies(emp, columns=cat_cols, drop_first=True)

y = emp.pop("Attrition")
X = emp

scaler = StandardScaler()
X_scaled = pd.DataFrame(scaler.fit_transform(X), columns=X.columns, index=X.index)

X_train, X_test, y_train, y_test = train_test_split(X_scaled, y, test_size=0.3,
                                                    stratify=y, random_state=10)
print(X_train.shape, X_test.shape)

classifiers = [
    ("LogisticRegression", LogisticRegression(C=0.5, class_weight="balanced", max_iter=5000)),
    ("SVC-rbf", SVC(C=1.0, kernel="rbf", probability=True, class_weight="balanced")),
    ("kNN-15", KNeighborsClassifier(n_neighbors=15, weights="distance")),
]

scores = []
fig, ax = plt.subplots(figsize=(7, 6))
for name, clf in classifiers:
    clf.fit(X_train, y_train)
    proba = clf.predict_proba(X_test)[:, 1]
    pred = clf.predict(X_test)
    scores.append({"model": name,
                   "auc": roc_auc_score(y_test, proba),
                   "f1": f1_score(y_test, pred),
                   "recall": recall_score(y_test, pred)})
    RocCurveDisplay.from_predictions(y_test, proba, name=name, ax=ax)
    print(name)
    print(classification_report(y_test, pred))
plt.show()

print(pd.DataFrame(scores).round(3))

# which drivers matter?
coef = pd.Series(classifiers[0][1].coef_[0], index=X.columns).sort_values()
pd.concat([coef.head(10), coef.tail(10)]).plot(kind="barh", figsize=(8, 8))
plt.title("LogReg coefficients (standardised)")
plt.tight_layout()
plt.show()
