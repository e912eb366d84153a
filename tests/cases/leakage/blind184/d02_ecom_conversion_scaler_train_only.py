"""
Online Shoppers Purchasing Intention - predict whether a browsing session
ends with a purchase (Revenue == True).

Data: UCI "online_shoppers_intention.csv" (12,330 sessions, 18 columns).
"""
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
import seaborn as sns

from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import (
    roc_auc_score,
    f1_score,
    classification_report,
    confusion_matrix,
)

RANDOM_STATE = 7

df = pd.read_csv("online_shoppers_intention.csv")
print(df.shape)
print(df.head())
print(df["Revenue"].value_counts(normalize=True))

# ---------------------------------------------------------------------------
# Quick EDA
# ---------------------------------------------------------------------------
fig, axes = plt.subplots(1, 2, figsize=(12, 4))
sns.boxplot(data=df, x="Revenue", y="PageValues", ax=axes[0])
axes[0].set_yscale("symlog")
sns.countplot(data=df, x="VisitorType", hue="Revenue", ax=axes[1])
plt.tight_layout()
plt.savefig("eda_revenue.png")

# ---------------------------------------------------------------------------
# Feature engineering (row-wise only)
# ---------------------------------------------------------------------------
df["Weekend"] = df["Weekend"].astype(int)
df["Revenue"] = df["Revenue"].astype(int)
df["TotalDuration"] = (
    df["Administrative_Duration"]
    + df["Informational_Duration"]
    + df["ProductRelated_Duration"]
)
df["PagesTotal"] = df["Administrative"] + df["Informational"] + df["ProductRelated"]
df["AvgTimePerPage"] = df["TotalDuration"] / df["PagesTotal"].replace(0, np.nan)
df["AvgTimePerPage"] = df["AvgTimePerPage"].fillna(0)
df["LogPageValues"] = np.log1p(df["PageValues"])

cat_cols = ["Month", "VisitorType", "OperatingSystems", "Browser", "Region", "TrafficType"]
df = pd.get_dummies(df, columns=cat_cols, drop_first=True)

X = df.drop(columns=["Revenue"])
y = df["Revenue"]

X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.25, stratify=y, random_state=RANDOM_STATE
)

# ---------------------------------------------------------------------------
# Scaling
# ---------------------------------------------------------------------------
scaler = StandardScaler()
X_train_s = scaler.fit_transform(X_train)
X_test_s = scaler.transform(X_test)

# ---------------------------------------------------------------------------
# Baseline + model
# ---------------------------------------------------------------------------
baseline = DummyClassifier(strategy="prior")
baseline.fit(X_train_s, y_train)
base_proba = baseline.predict_proba(X_test_s)[:, 1]
print(f"Baseline ROC AUC: {roc_auc_score(y_test, base_proba):.3f}")

clf = LogisticRegression(max_iter=3000, C=0.5, class_weight="balanced")
clf.fit(X_train_s, y_train)

proba = clf.predict_proba(X_test_s)[:, 1]
pred = (proba >= 0.5).astype(int)

print(f"LogReg ROC AUC: {roc_auc_score(y_test, proba):.3f}")
print(f"LogReg F1:      {f1_score(y_test, pred):.3f}")
print(classification_report(y_test, pred, digits=3))
print(confusion_matrix(y_test, pred))

coefs = pd.Series(clf.coef_[0], index=X.columns).sort_values()
coefs.tail(15).plot.barh(figsize=(7, 6), title="Top positive coefficients")
plt.tight_layout()
plt.savefig("coefficients.png")
