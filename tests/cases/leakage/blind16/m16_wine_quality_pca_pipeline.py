# Red wine quality regression, PCA inside the CV pipeline + a mean-predictor baseline
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.decomposition import PCA
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import RandomForestRegressor
from sklearn.model_selection import KFold, cross_validate
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

wine = pd.read_csv('winequality-red.csv', sep=';')
wine = wine.drop_duplicates().reset_index(drop=True)
X = wine.drop(columns='quality').values
y = wine['quality'].values
print(X.shape)
print(wine.describe().T[['mean', 'std', 'min', 'max']])

fig, axes = plt.subplots(3, 4, figsize=(14, 8))
for ax, col in zip(axes.ravel(), wine.columns):
    ax.hist(wine[col], bins=30)
    ax.set_title(col)
plt.tight_layout()
plt.show()

# scree plot, just to get a feeling of how many components matter
scree = PCA().fit(StandardScaler().fit_transform(X))
plt.bar(range(1, X.shape[1] + 1), scree.explained_variance_ratio_)
plt.xlabel('component')
plt.ylabel('explained variance ratio')
plt.show()

kf = KFold(n_splits=5, shuffle=True, random_state=42)
models = {
    'mean baseline': DummyRegressor(strategy='mean'),
    'rf': make_pipeline(StandardScaler(), RandomForestRegressor(n_estimators=300, random_state=42, n_jobs=-1)),
    'pca8 + rf': make_pipeline(StandardScaler(), PCA(n_components=8),
                               RandomForestRegressor(n_estimators=300, random_state=42, n_jobs=-1)),
}
for name, model in models.items():
    cv = cross_validate(model, X, y, cv=kf, scoring=['neg_root_mean_squared_error', 'r2'])
    print(f"{name:14s} RMSE {-cv['test_neg_root_mean_squared_error'].mean():.3f}  R2 {cv['test_r2'].mean():.3f}")
