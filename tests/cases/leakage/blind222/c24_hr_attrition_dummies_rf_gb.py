# IBM HR attrition - random forest & gradient boosting
# Kaggle: pavansubhasht/ibm-hr-analytics-attrition-dataset

import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
import seaborn as sns
from sklearn.model_selection import train_test_split, StratifiedKFold, cross_val_score
from sklearn.ensemble import RandomForestClassifier, GradientBoostingClassifier
from sklearn.metrics import accuracy_score, roc_auc_score, f1_score, classification_report

pd.set_option("display.max_columns", 50)

employees = pd.read_csv("WA_Fn-UseC_-HR-Employee-Attrition.csv")
print(employees.shape)
print(employees["Attrition"].value_counts())

# quick look
fig, axes = plt.subplots(1, 3, figsize=(16, 4))
sns.countplot(x="OverTime", hue="Attrition", data=employees, ax=axes[0])
sns.boxplot(x="Attrition", y="MonthlyIncome", data=employees, ax=axes[1])
sns.countplot(x="JobLevel", hue="Attrition", data=employees, ax=axes[2])
plt.tight_layout()
plt.show()

target = employees["Attrition"].map({"Yes": 1, "No": 0})

# columns with one value / the row id
useless = ["EmployeeCount", "Over18", "StandardHours", "EmployeeNumber"]
emp = employees.drop(columns=useless)

emp["YearsWithoutPromotionRatio"] = emp["YearsSinceLastPromotion"] / (emp["YearsAtCompany"] + 1)
emp["ManagerTenureRatio"] = emp["YearsWithCurrManager"] / (emp["YearsAtCompany"] + 1)
emp["IncomeVsLevelMedian"] = emp["MonthlyIncome"] / emp["JobLevel"].map(
    {1: 2700, 2: 5300, 3: 9900, 4: 16000, 5: 19200})

# one-hot every object column
object_cols = emp.select_dtypes("object").columns.tolist()
print("encoding:", object_cols)
features = pd.get_dummies(emp, columns=object_cols, drop_first=True)
print(features.shape)

X_train, X_test, y_train, y_test = train_test_split(features, target, test_size=0.2,
                                                    stratify=target, random_state=5)

# reference: everybody stays
baseline_pred = np.zeros(len(y_test), dtype=int)
print("baseline accuracy (predict 'No'):", round(accuracy_score(y_test, baseline_pred), 4))

forest = RandomForestClassifier(n_estimators=500, min_samples_leaf=2, class_weight="balanced",
                                random_state=5, n_jobs=-1)
boost = GradientBoostingClassifier(n_estimators=300, learning_rate=0.05, max_depth=3,
                                   subsample=0.8, random_state=5)

skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=5)
for name, model in [("random forest", forest), ("gradient boosting", boost)]:
    cv_auc = cross_val_score(model, X_train, y_train, cv=skf, scoring="roc_auc")
    print(f"{name}: CV AUC on train = {cv_auc.mean():.4f} (+/- {cv_auc.std():.4f})")

    model.fit(X_train, y_train)
    proba = model.predict_proba(X_test)[:, 1]
    pred = (proba >= 0.5).astype(int)
    print(f"  test accuracy {accuracy_score(y_test, pred):.4f}  "
          f"AUC {roc_auc_score(y_test, proba):.4f}  F1 {f1_score(y_test, pred):.4f}")

print(classification_report(y_test, boost.predict(X_test), target_names=["stay", "leave"]))

importances = pd.Series(boost.feature_importances_, index=features.columns)
importances.nlargest(15).sort_values().plot.barh(figsize=(7, 6))
plt.title("Gradient boosting - top 15 features")
plt.tight_layout()
plt.show()
