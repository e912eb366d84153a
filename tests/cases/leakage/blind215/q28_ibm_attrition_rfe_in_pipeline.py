# IBM HR Analytics Employee Attrition - RFE inside the CV pipeline
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.feature_selection import RFE
from sklearn.ensemble import RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.model_selection import StratifiedKFold, cross_validate

emp = pd.read_csv("WA_Fn-UseC_-HR-Employee-Attrition.csv")
emp = emp.drop(columns=["EmployeeCount", "Over18", "StandardHours", "EmployeeNumber"])
emp["Attrition"] = (emp["Attrition"] == "Yes").astype(int)
print(emp.shape, emp["Attrition"].mean())

cat_cols = emp.select_dtypes("object").columns.tolist()
emp = pd.get_dummies(emp, columns=cat_cols, drop_first=True, dtype=int)
emp["IncomePerLevel"] = emp["MonthlyIncome"] / emp["JobLevel"]
emp["YearsPerCompany"] = emp["TotalWorkingYears"] / (emp["NumCompaniesWorked"] + 1)
emp["ManagerShare"] = emp["YearsWithCurrManager"] / (emp["YearsAtCompany"] + 1)

X = emp.drop(columns="Attrition")
y = emp["Attrition"]


def rfe_logreg(n_features, C=1.0):
    return Pipeline([
        ("rfe", RFE(RandomForestClassifier(n_estimators=300, random_state=0, n_jobs=-1),
                    n_features_to_select=n_features, step=2)),
        ("sc", StandardScaler()),
        ("lr", LogisticRegression(C=C, max_iter=5000, class_weight="balanced")),
    ])


cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
scoring = ["roc_auc", "f1", "recall", "precision"]

candidates = {
    "dummy (prior)": DummyClassifier(strategy="prior"),
    "logreg, all features": Pipeline([("sc", StandardScaler()),
                                      ("lr", LogisticRegression(max_iter=5000, class_weight="balanced"))]),
    "rfe20 + logreg": rfe_logreg(20),
    "rfe20 + logreg C=0.1": rfe_logreg(20, C=0.1),
    "rfe30 + logreg": rfe_logreg(30),
}

summary = {}
for name, est in candidates.items():
    res = cross_validate(est, X, y, cv=cv, scoring=scoring, n_jobs=-1)
    summary[name] = {m: res[f"test_{m}"].mean() for m in scoring}
    print(f"{name:<24} AUC {summary[name]['roc_auc']:.3f}  F1 {summary[name]['f1']:.3f}")

summary = pd.DataFrame(summary).T
print(summary.round(3))
summary[["roc_auc", "f1"]].plot.bar(rot=20, figsize=(10, 4))
plt.tight_layout()
plt.show()

# for the report: which features does RFE keep when fitted on all rows?
final = rfe_logreg(20).fit(X, y)
kept = X.columns[final.named_steps["rfe"].support_]
coef = pd.Series(final.named_steps["lr"].coef_[0], index=kept).sort_values()
coef.plot(kind="barh", figsize=(7, 8), title="coefficients (final fit)")
plt.show()
