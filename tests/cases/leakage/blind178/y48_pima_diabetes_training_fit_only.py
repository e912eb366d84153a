# -----------------------------------------------------------------------------
# Pima diabetes logistic regression
# requirements: pandas, numpy, scikit-learn
# run:          python y48_pima_diabetes_training_fit_only.py
# data:         download from the dataset page and place it next to this file
# notes:
#   - coefficients are per standard deviation because the inputs are standardised
#   - metrics go to stdout; artefacts to results/y48_pima_diabetes_training_fit_only.*
#   - random seeds are fixed so reruns give the same numbers
# -----------------------------------------------------------------------------
"""Pima Indians diabetes - logistic regression walkthrough.

A teaching script: fit a scaled logistic regression on the whole data set and
inspect coefficients, odds ratios and the fit statistics.
"""
import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, confusion_matrix, roc_auc_score
from sklearn.preprocessing import StandardScaler

cols = ["Pregnancies", "Glucose", "BloodPressure", "SkinThickness", "Insulin",
        "BMI", "DiabetesPedigreeFunction", "Age", "Outcome"]
df = pd.read_csv("diabetes.csv", names=cols, header=0)

# zeros are physiologically impossible here -> treat as missing and drop
for c in ["Glucose", "BloodPressure", "BMI"]:
    df = df[df[c] > 0]
print("rows kept:", len(df))

X = df.drop(columns=["Outcome", "SkinThickness", "Insulin"])
y = df["Outcome"]

scaler = StandardScaler()
Xs = scaler.fit_transform(X)

logit = LogisticRegression(max_iter=1000)
logit.fit(Xs, y)

coef = pd.DataFrame({
    "feature": X.columns,
    "coef_per_sd": logit.coef_[0],
    "odds_ratio_per_sd": np.exp(logit.coef_[0]),
}).sort_values("coef_per_sd", ascending=False)
print(coef.to_string(index=False))

pred = logit.predict(Xs)
proba = logit.predict_proba(Xs)[:, 1]
print("accuracy:", round(accuracy_score(y, pred), 4))
print("ROC AUC :", round(roc_auc_score(y, proba), 4))
print(confusion_matrix(y, pred))


# ---------------------------------------------------------------- save artefacts
import json
import os

import joblib

os.makedirs("results", exist_ok=True)
joblib.dump(logit, "results/y48_pima_diabetes_training_fit_only.joblib")
with open("results/y48_pima_diabetes_training_fit_only.json", "w") as fh:
    json.dump({"script": "y48_pima_diabetes_training_fit_only", "n_rows": int(len(df))}, fh, indent=2)
print("saved results/y48_pima_diabetes_training_fit_only.json")
