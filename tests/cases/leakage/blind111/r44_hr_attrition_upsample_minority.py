# HR Employee Attrition - Random Forest with upsampled minority class
import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
import seaborn as sns
from sklearn.utils import resample
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score, classification_report, roc_auc_score

df = pd.read_csv("WA_Fn-UseC_-HR-Employee-Attrition.csv")
print(df.shape)
print(df["Attrition"].value_counts())

plt.figure(figsize=(8, 4))
sns.countplot(x="Department", hue="Attrition", data=df)
plt.savefig("dept_attrition.png")

plt.figure(figsize=(8, 4))
sns.kdeplot(data=df, x="Age", hue="Attrition", common_norm=False)
plt.savefig("age_attrition.png")

df = df.drop(columns=["EmployeeCount", "EmployeeNumber", "Over18", "StandardHours"])
df["Attrition"] = df["Attrition"].map({"Yes": 1, "No": 0})
df = pd.get_dummies(df, drop_first=True)

# balance the classes: upsample the leavers to the size of the stayers
majority = df[df["Attrition"] == 0]
minority = df[df["Attrition"] == 1]
minority_up = resample(minority, replace=True, n_samples=len(majority), random_state=123)
df_balanced = pd.concat([majority, minority_up]).sample(frac=1, random_state=123)
print(df_balanced["Attrition"].value_counts())

X = df_balanced.drop("Attrition", axis=1)
y = df_balanced["Attrition"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=123)

rf = RandomForestClassifier(n_estimators=400, random_state=123, n_jobs=-1)
rf.fit(X_train, y_train)
pred = rf.predict(X_test)

print("Accuracy:", accuracy_score(y_test, pred))
print("ROC AUC :", roc_auc_score(y_test, rf.predict_proba(X_test)[:, 1]))
print(classification_report(y_test, pred))

top = pd.Series(rf.feature_importances_, index=X.columns).nlargest(15)
top.sort_values().plot(kind="barh", figsize=(7, 6))
plt.tight_layout()
plt.savefig("rf_top15.png")
