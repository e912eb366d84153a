#!/usr/bin/env python
"""Telco customer churn: chi-square feature selection + logistic regression."""
import pandas as pd
import numpy as np
from sklearn.feature_selection import SelectKBest, chi2
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, f1_score, classification_report

PATH = "data/WA_Fn-UseC_-Telco-Customer-Churn.csv"

df = pd.read_csv(PATH)
df["TotalCharges"] = pd.to_numeric(df["TotalCharges"], errors="coerce")
print("rows with blank TotalCharges:", df["TotalCharges"].isna().sum())
df = df.dropna(subset=["TotalCharges"]).reset_index(drop=True)

df["Churn"] = (df["Churn"] == "Yes").astype(int)
df = df.drop(columns=["customerID"])
print(df["Churn"].value_counts(normalize=True).round(3))

cat_cols = [c for c in df.columns if df[c].dtype == "object"]
print("categorical:", cat_cols)

X = pd.get_dummies(df.drop(columns="Churn"), columns=cat_cols, drop_first=True).astype(float)
y = df["Churn"]
print("encoded shape:", X.shape)

# keep the 15 columns most associated with churn
selector = SelectKBest(score_func=chi2, k=15)
X_sel = selector.fit_transform(X, y)
chosen = X.columns[selector.get_support()]
scores = pd.Series(selector.scores_, index=X.columns).sort_values(ascending=False)
print("chi2 top 15:\n", scores.head(15).round(1))

X_train, X_test, y_train, y_test = train_test_split(
    X_sel, y, test_size=0.25, stratify=y, random_state=7)

dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)
print("Dummy ROC AUC:", roc_auc_score(y_test, dummy.predict_proba(X_test)[:, 1]))

clf = make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000, C=1.0))
clf.fit(X_train, y_train)
proba = clf.predict_proba(X_test)[:, 1]
pred = (proba >= 0.5).astype(int)

print("LogReg ROC AUC:", round(roc_auc_score(y_test, proba), 4))
print("LogReg F1:", round(f1_score(y_test, pred), 4))
print(classification_report(y_test, pred))

coef = pd.Series(clf[-1].coef_[0], index=chosen).sort_values()
print(coef.round(3))
