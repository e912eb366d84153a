#!/usr/bin/env python
# IBM HR Analytics - Employee Attrition & Performance
# Same models as before, but the scaling / encoding lives in a Pipeline so
# that cross-validation refits it on every training fold.

import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
from sklearn.preprocessing import StandardScaler, OneHotEncoder
from sklearn.compose import ColumnTransformer, make_column_selector
from sklearn.pipeline import Pipeline
from sklearn.model_selection import StratifiedKFold, cross_validate
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.svm import SVC
from sklearn.neighbors import KNeighborsClassifier

emp = pd.read_csv("WA_Fn-UseC_-HR-Employee-Attrition.csv")
print(emp.shape)
print(emp["Attrition"].value_counts())

emp = emp.drop(["EmployeeCount", "Over18", "StandardHours", "EmployeeNumber"], axis=1)
emp["Attrition"] = emp["Attrition"].map({"Yes": 1, "No": 0})

# row-wise ratios only (no statistics across rows)
emp["IncomePerLevel"] = emp["MonthlyIncome"] / emp["JobLevel"]
emp["YearsPerCompany"] = emp["TotalWorkingYears"] / (emp["NumCompaniesWorked"] + 1)
emp["TenureRatio"] = emp["YearsAtCompany"] / (emp["TotalWorkingYears"] + 1)
emp["SatisfactionSum"] = (emp["EnvironmentSatisfaction"] + emp["JobSatisfaction"]
                          + emp["RelationshipSatisfaction"] + emp["WorkLifeBalance"])

y = emp.pop("Attrition")
X = emp

prep = ColumnTransformer([
    ("num", StandardScaler(), make_column_selector(dtype_include=np.number)),
    ("cat", OneHotEncoder(handle_unknown="ignore", drop="if_binary"),
     make_column_selector(dtype_include=object)),
])


def make(model):
    return Pipeline([("prep", prep), ("clf", model)])


models = {
    "dummy_prior": make(DummyClassifier(strategy="prior")),
    "logreg": make(LogisticRegression(C=0.5, class_weight="balanced", max_iter=5000)),
    "svc_rbf": make(SVC(C=1.0, kernel="rbf", probability=True, class_weight="balanced")),
    "knn_15": make(KNeighborsClassifier(n_neighbors=15, weights="distance")),
}

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=10)
rows = []
for name, pipe in models.items():
    res = cross_validate(pipe, X, y, cv=cv, scoring=["roc_auc", "f1", "recall"], n_jobs=-1)
    rows.append({
        "model": name,
        "auc_mean": res["test_roc_auc"].mean(),
        "auc_std": res["test_roc_auc"].std(),
        "f1_mean": res["test_f1"].mean(),
        "recall_mean": res["test_recall"].mean(),
    })
    print(f"{name:12s} AUC {res['test_roc_auc'].mean():.3f} +/- {res['test_roc_auc'].std():.3f}")

table = pd.DataFrame(rows).set_index("model").round(3)
print(table)

table["auc_mean"].plot(kind="bar", yerr=table["auc_std"], figsize=(7, 4), rot=0)
plt.axhline(0.5, ls="--", c="grey")
plt.title("5-fold CV ROC AUC")
plt.show()

# coefficients of the logistic model refitted on all rows, for interpretation only
final = models["logreg"].fit(X, y)
names = final.named_steps["prep"].get_feature_names_out()
coef = pd.Series(final.named_steps["clf"].coef_[0], index=names).sort_values()
pd.concat([coef.head(10), coef.tail(10)]).plot(kind="barh", figsize=(8, 8))
plt.title("LogReg coefficients (standardised)")
plt.tight_layout()
plt.show()
