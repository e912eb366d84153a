# Employee attrition - random forest with SMOTE
# data: IBM HR Analytics Employee Attrition & Performance (Kaggle)
import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
from imblearn.over_sampling import SMOTE
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import train_test_split, GridSearchCV
from sklearn.metrics import accuracy_score, recall_score, precision_score, f1_score, roc_auc_score


def load_hr(path):
    df = pd.read_csv(path)
    df = df.drop(columns=["EmployeeCount", "Over18", "StandardHours", "EmployeeNumber"])
    df["Attrition"] = (df["Attrition"] == "Yes").astype(int)
    df["OverTime"] = (df["OverTime"] == "Yes").astype(int)
    df["Gender"] = (df["Gender"] == "Male").astype(int)
    travel = {"Non-Travel": 0, "Travel_Rarely": 1, "Travel_Frequently": 2}
    df["BusinessTravel"] = df["BusinessTravel"].map(travel)
    return df


def add_features(df):
    df = df.copy()
    df["IncomePerLevel"] = df["MonthlyIncome"] / df["JobLevel"]
    df["YearsPerCompany"] = df["TotalWorkingYears"] / (df["NumCompaniesWorked"] + 1)
    df["PromotionGap"] = df["YearsSinceLastPromotion"] / (df["YearsAtCompany"] + 1)
    df["SatisfactionTotal"] = (df["EnvironmentSatisfaction"] + df["JobSatisfaction"]
                               + df["RelationshipSatisfaction"] + df["WorkLifeBalance"])
    df["TenureRatio"] = df["YearsAtCompany"] / (df["TotalWorkingYears"] + 1)
    return df


hr = add_features(load_hr("WA_Fn-UseC_-HR-Employee-Attrition.csv"))
print(hr.shape, hr["Attrition"].mean().round(3))

for col in ["OverTime", "BusinessTravel", "JobLevel", "StockOptionLevel"]:
    print(hr.groupby(col)["Attrition"].agg(["mean", "size"]).round(3), "\n")

hr = pd.get_dummies(hr, columns=["Department", "EducationField", "JobRole", "MaritalStatus"], dtype=int)

X = hr.drop(columns="Attrition")
y = hr["Attrition"]

smote = SMOTE(sampling_strategy=0.8, k_neighbors=5, random_state=7)
X_bal, y_bal = smote.fit_resample(X, y)
print("after SMOTE:", np.bincount(y_bal))

X_train, X_test, y_train, y_test = train_test_split(X_bal, y_bal, test_size=0.2, random_state=7, stratify=y_bal)

param_grid = {
    "n_estimators": [200, 500],
    "max_depth": [None, 8, 14],
    "min_samples_leaf": [1, 3, 5],
    "max_features": ["sqrt", 0.3],
}
grid = GridSearchCV(RandomForestClassifier(random_state=7, n_jobs=-1), param_grid, cv=5, scoring="f1", n_jobs=-1)
grid.fit(X_train, y_train)
print("best params:", grid.best_params_)

rf = grid.best_estimator_
pred = rf.predict(X_test)
proba = rf.predict_proba(X_test)[:, 1]
print(f"accuracy  {accuracy_score(y_test, pred):.3f}")
print(f"precision {precision_score(y_test, pred):.3f}")
print(f"recall    {recall_score(y_test, pred):.3f}")
print(f"f1        {f1_score(y_test, pred):.3f}")
print(f"roc auc   {roc_auc_score(y_test, proba):.3f}")

imp = pd.Series(rf.feature_importances_, index=X.columns).sort_values(ascending=False)
print(imp.head(15))
imp.head(15)[::-1].plot.barh(figsize=(8, 6))
plt.title("Random forest importance")
plt.tight_layout()
plt.savefig("rf_importance.png", dpi=120)
