import pandas as pd
from sklearn.datasets import load_breast_cancer
from sklearn.preprocessing import StandardScaler
from sklearn.decomposition import PCA
from sklearn.svm import SVC
from sklearn.model_selection import cross_val_score

X, y = load_breast_cancer(return_X_y=True)
X = StandardScaler().fit_transform(X)
X = PCA(n_components=10).fit_transform(X)
print(cross_val_score(SVC(), X, y, cv=10).mean())
