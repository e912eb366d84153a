# White wine quality - PCA + SVM, 5-fold CV
import numpy as np
import pandas as pd
from sklearn.preprocessing import StandardScaler
from sklearn.decomposition import PCA
from sklearn.svm import SVC
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import StratifiedKFold, cross_validate

wine = pd.read_csv("data/winequality-white.csv", sep=";")
print(wine.shape)
print(wine.describe().T[["mean", "std", "min", "max"]].round(2))

X = wine.drop(columns="quality")
y = (wine["quality"] >= 7).astype(int)
print("share of good wines:", round(y.mean(), 3))

# standardise, then keep the components explaining 95% of the variance
scaler = StandardScaler()
X_std = scaler.fit_transform(X)
pca = PCA(n_components=0.95, random_state=0)
X_pca = pca.fit_transform(X_std)
print("components kept:", pca.n_components_)
print("explained variance:", np.round(pca.explained_variance_ratio_, 3))

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
scoring = ["roc_auc", "f1", "balanced_accuracy"]

svc = SVC(C=3.0, gamma="scale", class_weight="balanced")
svc_scores = cross_validate(svc, X_pca, y, cv=cv, scoring=scoring)
dummy_scores = cross_validate(DummyClassifier(strategy="stratified", random_state=0),
                              X_pca, y, cv=cv, scoring=scoring)

for name, s in [("dummy", dummy_scores), ("svc", svc_scores)]:
    print(name, {m: round(s[f"test_{m}"].mean(), 3) for m in scoring})

print("per-fold ROC AUC (svc):", np.round(svc_scores["test_roc_auc"], 3))
print("per-fold F1 (svc):     ", np.round(svc_scores["test_f1"], 3))
print("fit time per fold (s): ", np.round(svc_scores["fit_time"], 2))

loadings = pd.DataFrame(pca.components_.T, index=X.columns,
                        columns=[f"PC{i + 1}" for i in range(pca.n_components_)])
print(loadings.iloc[:, :3].round(2))
