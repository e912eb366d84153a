"""Telco customer churn: standardise + PCA, then compare classifiers with 5-fold CV.

Data: WA_Fn-UseC_-Telco-Customer-Churn.csv (IBM sample data, 7043 customers).
"""
import warnings

import numpy as np
import pandas as pd
from sklearn.decomposition import PCA
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_score
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC

warnings.filterwarnings("ignore")

df = pd.read_csv("WA_Fn-UseC_-Telco-Customer-Churn.csv")
df = df.drop(columns=["customerID"])
df["TotalCharges"] = pd.to_numeric(df["TotalCharges"], errors="coerce").fillna(0.0)
df["Churn"] = (df["Churn"] == "Yes").astype(int)
df["SeniorCitizen"] = df["SeniorCitizen"].astype(str)
print("churn rate:", round(df["Churn"].mean(), 3))

y = df.pop("Churn")
X = pd.get_dummies(df, drop_first=True).astype(float)
print("design matrix:", X.shape)

# scale and reduce dimensionality
X_std = StandardScaler().fit_transform(X)
pca = PCA(n_components=0.95, random_state=0)
X_pca = pca.fit_transform(X_std)
print(f"PCA kept {pca.n_components_} components "
      f"({pca.explained_variance_ratio_.sum():.1%} of the variance)")

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
models = {
    "dummy (prior)": DummyClassifier(strategy="prior"),
    "logistic regression": LogisticRegression(max_iter=2000, C=0.5),
    "rbf svm": SVC(C=1.0, gamma="scale", probability=True, random_state=0),
}
for name, model in models.items():
    auc = cross_val_score(model, X_pca, y, cv=cv, scoring="roc_auc")
    f1 = cross_val_score(model, X_pca, y, cv=cv, scoring="f1")
    print(f"{name:22s} AUC {auc.mean():.4f} +/- {auc.std():.4f} | F1 {f1.mean():.4f}")

loadings = pd.DataFrame(pca.components_[:3].T, index=X.columns, columns=["PC1", "PC2", "PC3"])
print(loadings.abs().sort_values("PC1", ascending=False).head(10))
