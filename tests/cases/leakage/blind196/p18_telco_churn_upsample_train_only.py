# Telco Customer Churn - random forest, churners upsampled in the training split only
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import classification_report, confusion_matrix, f1_score, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.utils import resample

df = pd.read_csv("WA_Fn-UseC_-Telco-Customer-Churn.csv")
print(df.shape)

# TotalCharges is stored as text; blanks are brand-new customers (tenure 0)
df["TotalCharges"] = pd.to_numeric(df["TotalCharges"], errors="coerce").fillna(0.0)
df["Churn"] = (df["Churn"] == "Yes").astype(int)
df["SeniorCitizen"] = df["SeniorCitizen"].astype(int)
df = df.drop(columns=["customerID"])

print(df["Churn"].value_counts())

# a few ratios
df["AvgMonthlySpend"] = df["TotalCharges"] / df["tenure"].replace(0, 1)
df["NumServices"] = (df[["PhoneService", "OnlineSecurity", "OnlineBackup",
                         "DeviceProtection", "TechSupport", "StreamingTV",
                         "StreamingMovies"]] == "Yes").sum(axis=1)

cat_cols = df.select_dtypes(include="object").columns.tolist()
df = pd.get_dummies(df, columns=cat_cols, drop_first=True)

X = df.drop(columns=["Churn"])
y = df["Churn"]
X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.2, random_state=42, stratify=y)

# the classes are imbalanced (~26% churn) -> upsample the churners of the training part
train = pd.concat([X_train, y_train], axis=1)
majority = train[train["Churn"] == 0]
minority = train[train["Churn"] == 1]
minority_up = resample(minority, replace=True, n_samples=len(majority), random_state=42)
balanced = pd.concat([majority, minority_up]).sample(frac=1, random_state=42)
print("after upsampling:", balanced["Churn"].value_counts().to_dict())

X_train_bal = balanced.drop(columns=["Churn"])
y_train_bal = balanced["Churn"]

dummy = DummyClassifier(strategy="stratified", random_state=42).fit(X_train_bal, y_train_bal)
print("baseline (random stratified) F1:", round(f1_score(y_test, dummy.predict(X_test)), 3))

rf = RandomForestClassifier(n_estimators=400, min_samples_leaf=1, random_state=42, n_jobs=-1)
rf.fit(X_train_bal, y_train_bal)

pred = rf.predict(X_test)
proba = rf.predict_proba(X_test)[:, 1]
print(confusion_matrix(y_test, pred))
print(classification_report(y_test, pred, digits=3))
print("ROC AUC:", round(roc_auc_score(y_test, proba), 4))

top = pd.Series(rf.feature_importances_, index=X.columns).nlargest(15)
print(top)
