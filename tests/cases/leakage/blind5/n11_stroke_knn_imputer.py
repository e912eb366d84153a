#!/usr/bin/env python
# Stroke prediction (healthcare-dataset-stroke-data.csv)
# - bmi has ~200 missing values -> KNN imputation from the other clinical columns
# - heavy imbalance (~5% strokes) -> SMOTE on the training part

import pandas as pd
import numpy as np
from sklearn.impute import KNNImputer
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import (roc_auc_score, recall_score, precision_score,
                             confusion_matrix, classification_report)
from imblearn.over_sampling import SMOTE

df = pd.read_csv("healthcare-dataset-stroke-data.csv")
print(df.shape)
print(df.head())
print(df.isna().sum())
print(df["stroke"].value_counts())

df = df.drop(columns=["id"])
df = df[df["gender"] != "Other"]          # a single row

print(df.groupby("smoking_status")["stroke"].mean())
print(df.groupby("hypertension")["stroke"].mean())
print(df[["age", "avg_glucose_level", "bmi"]].describe())

# encode
df["gender"] = (df["gender"] == "Male").astype(int)
df["ever_married"] = (df["ever_married"] == "Yes").astype(int)
df["Residence_type"] = (df["Residence_type"] == "Urban").astype(int)
df = pd.get_dummies(df, columns=["work_type", "smoking_status"], dtype=int)

# extra features
df["age_over_60"] = (df["age"] >= 60).astype(int)
df["high_glucose"] = (df["avg_glucose_level"] > 140).astype(int)
df["comorbidities"] = df["hypertension"] + df["heart_disease"]

X = df.drop(columns=["stroke"])
y = df["stroke"]

# fill bmi from the 5 most similar patients
imputer = KNNImputer(n_neighbors=5)
X = pd.DataFrame(imputer.fit_transform(X), columns=X.columns, index=X.index)
X["obese"] = (X["bmi"] >= 30).astype(int)
print("missing after imputation:", X.isna().sum().sum())

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2,
                                                    stratify=y, random_state=42)

sm = SMOTE(random_state=42)
X_train_res, y_train_res = sm.fit_resample(X_train, y_train)
print("train after SMOTE:", y_train_res.value_counts().to_dict())

models = {
    "logreg": LogisticRegression(max_iter=5000, C=0.3),
    "rf": RandomForestClassifier(n_estimators=400, max_depth=8, min_samples_leaf=5,
                                 random_state=42, n_jobs=-1),
}
for name, m in models.items():
    m.fit(X_train_res, y_train_res)
    p = m.predict_proba(X_test)[:, 1]
    yhat = (p >= 0.5).astype(int)
    print("=" * 40)
    print(name)
    print("roc auc  :", round(roc_auc_score(y_test, p), 4))
    print("recall   :", round(recall_score(y_test, yhat), 4))
    print("precision:", round(precision_score(y_test, yhat, zero_division=0), 4))
    print(confusion_matrix(y_test, yhat))
    print(classification_report(y_test, yhat, digits=3))
