"""Bank customer churn (Churn_Modelling.csv) - Random Forest with SMOTE.

Only ~20% of customers exit, so we balance the classes with SMOTE first.
"""
import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
from imblearn.over_sampling import SMOTE
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import (accuracy_score, precision_score, recall_score,
                             f1_score, roc_auc_score, confusion_matrix)

df = pd.read_csv("Churn_Modelling.csv")
print(df.shape)
print(df["Exited"].value_counts())

# drop identifiers
df = df.drop(["RowNumber", "CustomerId", "Surname"], axis=1)

# simple feature engineering
df["BalanceSalaryRatio"] = df["Balance"] / df["EstimatedSalary"]
df["TenureByAge"] = df["Tenure"] / df["Age"]
df["CreditScoreGivenAge"] = df["CreditScore"] / df["Age"]
df["ZeroBalance"] = (df["Balance"] == 0).astype(int)

df = pd.get_dummies(df, columns=["Geography", "Gender"], drop_first=True)

X = df.drop("Exited", axis=1)
y = df["Exited"]

# balance the dataset
sm = SMOTE(random_state=42)
X_res, y_res = sm.fit_resample(X, y)
print("After SMOTE:", pd.Series(y_res).value_counts().to_dict())

X_train, X_test, y_train, y_test = train_test_split(
    X_res, y_res, test_size=0.3, random_state=42
)

rf = RandomForestClassifier(
    n_estimators=400,
    max_depth=12,
    min_samples_leaf=2,
    n_jobs=-1,
    random_state=42,
)
rf.fit(X_train, y_train)

y_pred = rf.predict(X_test)
y_proba = rf.predict_proba(X_test)[:, 1]

print("Accuracy :", accuracy_score(y_test, y_pred))
print("Precision:", precision_score(y_test, y_pred))
print("Recall   :", recall_score(y_test, y_pred))
print("F1       :", f1_score(y_test, y_pred))
print("ROC AUC  :", roc_auc_score(y_test, y_proba))
print(confusion_matrix(y_test, y_pred))

importances = pd.Series(rf.feature_importances_, index=X.columns).sort_values(ascending=False)
print(importances.head(10))

importances.head(15).plot(kind="bar", figsize=(10, 4))
plt.title("Random forest feature importance")
plt.tight_layout()
plt.savefig("rf_importance.png")
