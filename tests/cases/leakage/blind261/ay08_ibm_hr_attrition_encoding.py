# IBM HR Analytics Employee Attrition
# Idea: job role / department / overtime have very different attrition rates,
# so I turn them into "attrition rate" features instead of 20 dummy columns.

import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
import seaborn as sns
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier, GradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler
from sklearn.pipeline import make_pipeline
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, f1_score, classification_report

hr = pd.read_csv("WA_Fn-UseC_-HR-Employee-Attrition.csv")
print(hr.shape)
hr["Attrition"] = hr["Attrition"].map({"Yes": 1, "No": 0})
print("attrition rate: %.3f" % hr["Attrition"].mean())

# these never change / are just an id
hr = hr.drop(columns=["EmployeeCount", "Over18", "StandardHours", "EmployeeNumber"])

# quick look
for col in ["JobRole", "Department", "OverTime", "MaritalStatus"]:
    print(hr.groupby(col)["Attrition"].mean().sort_values(ascending=False).round(3), "\n")

sns.barplot(data=hr, x="Attrition", y="MonthlyIncome")
plt.show()

hr = pd.get_dummies(hr, columns=["BusinessTravel", "Gender", "OverTime"], drop_first=True)

X = hr.drop(columns="Attrition")
y = hr["Attrition"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=1, stratify=y)

# --- rate encoding, learned on the training rows only ---
rate_cols = ["JobRole", "Department", "EducationField", "MaritalStatus"]
prior = y_train.mean()
test_rates = {}  # kept for the memo: rate per level as seen in training
for col in rate_cols:
    rates = y_train.groupby(X_train[col]).mean()
    test_rates[col] = rates
    X_train[col + "_rate"] = X_train[col].map(rates)
    X_test[col + "_rate"] = X_test[col].map(rates).fillna(prior)
X_train = X_train.drop(columns=rate_cols)
X_test = X_test.drop(columns=rate_cols)

models = {
    "dummy": DummyClassifier(strategy="stratified", random_state=1),
    "logistic": make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000, class_weight="balanced")),
    "random_forest": RandomForestClassifier(n_estimators=500, class_weight="balanced_subsample", random_state=1),
    "gboost": GradientBoostingClassifier(random_state=1),
}
for name, m in models.items():
    m.fit(X_train, y_train)
    proba = m.predict_proba(X_test)[:, 1]
    print(name, "AUC:", round(roc_auc_score(y_test, proba), 3), "F1:", round(f1_score(y_test, m.predict(X_test)), 3))

print(classification_report(y_test, models["logistic"].predict(X_test)))
