# IBM HR Analytics Employee Attrition - recursive feature elimination + logistic regression
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
import seaborn as sns
from sklearn.feature_selection import RFE
from sklearn.ensemble import RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.model_selection import StratifiedKFold, cross_validate

emp = pd.read_csv("WA_Fn-UseC_-HR-Employee-Attrition.csv")
print(emp.shape)
print(emp["Attrition"].value_counts())

# constant / identifier columns
emp = emp.drop(columns=["EmployeeCount", "Over18", "StandardHours", "EmployeeNumber"])
emp["Attrition"] = (emp["Attrition"] == "Yes").astype(int)

sns.countplot(data=emp, x="OverTime", hue="Attrition")
plt.show()

cat_cols = emp.select_dtypes("object").columns.tolist()
emp = pd.get_dummies(emp, columns=cat_cols, drop_first=True, dtype=int)

# a couple of ratios people usually add
emp["IncomePerLevel"] = emp["MonthlyIncome"] / emp["JobLevel"]
emp["YearsPerCompany"] = emp["TotalWorkingYears"] / (emp["NumCompaniesWorked"] + 1)
emp["ManagerShare"] = emp["YearsWithCurrManager"] / (emp["YearsAtCompany"] + 1)

X = emp.drop(columns="Attrition")
y = emp["Attrition"]
print("candidate features:", X.shape[1])

# ---------------------------------------------------------- feature selection
selector = RFE(
    estimator=RandomForestClassifier(n_estimators=300, random_state=0, n_jobs=-1),
    n_features_to_select=20,
    step=2,
)
selector.fit(X, y)
selected = X.columns[selector.support_].tolist()
print("selected features:")
for f in selected:
    print("  ", f)

ranking = pd.Series(selector.ranking_, index=X.columns).sort_values()
ranking.head(30).plot(kind="bar", figsize=(14, 4), title="RFE ranking (1 = kept)")
plt.tight_layout()
plt.show()

X_sel = X[selected]

# ---------------------------------------------------------- evaluation
cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
scoring = ["roc_auc", "f1", "recall", "precision"]

candidates = {
    "dummy (prior)": DummyClassifier(strategy="prior"),
    "logreg": Pipeline([("sc", StandardScaler()),
                        ("lr", LogisticRegression(max_iter=5000, class_weight="balanced"))]),
    "logreg_C0.1": Pipeline([("sc", StandardScaler()),
                             ("lr", LogisticRegression(C=0.1, max_iter=5000, class_weight="balanced"))]),
}

summary = {}
for name, est in candidates.items():
    res = cross_validate(est, X_sel, y, cv=cv, scoring=scoring)
    summary[name] = {m: res[f"test_{m}"].mean() for m in scoring}

summary = pd.DataFrame(summary).T
print(summary.round(3))

# coefficients of the scaled logistic regression, fitted on all rows for interpretation
lr_pipe = candidates["logreg"].fit(X_sel, y)
coef = pd.Series(lr_pipe.named_steps["lr"].coef_[0], index=selected).sort_values()
coef.plot(kind="barh", figsize=(7, 8), title="logistic regression coefficients")
plt.show()
