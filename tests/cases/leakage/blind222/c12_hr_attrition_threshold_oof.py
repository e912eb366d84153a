"""IBM HR Analytics employee attrition - logistic regression with a tuned cut-off.

Attrition is ~16% of employees, so the default 0.5 threshold gives poor recall.
The cut-off is chosen on out-of-fold predictions of the training split; the test
split is only used for the final numbers.
"""
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt

from sklearn.model_selection import train_test_split, StratifiedKFold, cross_val_predict
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import (f1_score, precision_score, recall_score, roc_auc_score,
                             confusion_matrix)

hr = pd.read_csv("WA_Fn-UseC_-HR-Employee-Attrition.csv")
print(hr.shape)

hr = hr.drop(columns=["EmployeeCount", "Over18", "StandardHours", "EmployeeNumber"])
hr["Attrition"] = hr["Attrition"].map({"Yes": 1, "No": 0})
hr["OverTime"] = hr["OverTime"].map({"Yes": 1, "No": 0})

hr["IncomePerLevel"] = hr["MonthlyIncome"] / hr["JobLevel"]
hr["YearsPerCompany"] = hr["TotalWorkingYears"] / (hr["NumCompaniesWorked"] + 1)
hr["TenureRatio"] = hr["YearsAtCompany"] / hr["TotalWorkingYears"].replace(0, 1)
hr["SatisfactionSum"] = (hr["EnvironmentSatisfaction"] + hr["JobSatisfaction"]
                         + hr["RelationshipSatisfaction"] + hr["WorkLifeBalance"])

cats = ["BusinessTravel", "Department", "EducationField", "Gender", "JobRole", "MaritalStatus"]
hr = pd.get_dummies(hr, columns=cats, drop_first=True)

y = hr.pop("Attrition")
X = hr

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, stratify=y,
                                                    random_state=10)

model = make_pipeline(StandardScaler(), LogisticRegression(C=0.3, max_iter=3000))

# out-of-fold probabilities on the training split -> threshold
skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=10)
oof_prob = cross_val_predict(model, X_train, y_train, cv=skf, method="predict_proba")[:, 1]

grid = np.arange(0.05, 0.80, 0.01)
oof_f1 = np.array([f1_score(y_train, (oof_prob >= t).astype(int)) for t in grid])
cutoff = grid[oof_f1.argmax()]
print(f"threshold from OOF predictions = {cutoff:.2f}  (oof F1 {oof_f1.max():.3f})")

plt.plot(grid, oof_f1)
plt.axvline(cutoff, ls="--", c="grey")
plt.xlabel("threshold")
plt.ylabel("OOF F1 (train)")
plt.savefig("attrition_threshold_oof.png")

# final fit on the full training split, one look at the test split
model.fit(X_train, y_train)
test_prob = model.predict_proba(X_test)[:, 1]
test_pred = (test_prob >= cutoff).astype(int)

dummy = DummyClassifier(strategy="stratified", random_state=10).fit(X_train, y_train)
dummy_pred = dummy.predict(X_test)

print("\n--- test ---")
print("AUC            :", round(roc_auc_score(y_test, test_prob), 4))
print("F1 @ cutoff    :", round(f1_score(y_test, test_pred), 4))
print("precision      :", round(precision_score(y_test, test_pred), 4))
print("recall         :", round(recall_score(y_test, test_pred), 4))
print("dummy F1       :", round(f1_score(y_test, dummy_pred), 4))
print(confusion_matrix(y_test, test_pred))

coef = pd.Series(model[-1].coef_[0], index=X.columns).sort_values()
print("\nstrongest drivers of leaving:\n", coef.tail(8).round(3))
print("\nstrongest drivers of staying:\n", coef.head(8).round(3))
