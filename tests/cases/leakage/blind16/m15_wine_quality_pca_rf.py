# Red wine quality regression: standardize -> PCA -> random forest, 5-fold CV
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.preprocessing import StandardScaler
from sklearn.decomposition import PCA
from sklearn.ensemble import RandomForestRegressor
from sklearn.model_selection import cross_val_score, KFold

dataset = pd.read_csv('winequality-red.csv', sep=';')
print(dataset.shape)
print(dataset.describe().T)

dataset['quality'].value_counts().sort_index().plot(kind='bar')
plt.title('quality')
plt.show()

# is there duplicated rows?
print('duplicates:', dataset.duplicated().sum())

X = dataset.iloc[:, :-1].values
y = dataset.iloc[:, -1].values

X = StandardScaler().fit_transform(X)

pca = PCA()
pca.fit(X)
plt.plot(np.cumsum(pca.explained_variance_ratio_), marker='o')
plt.axhline(0.9, color='r', ls='--')
plt.xlabel('number of components')
plt.ylabel('cumulative explained variance')
plt.show()

# 8 components keep ~90% of the variance
pca = PCA(n_components=8)
X_pca = pca.fit_transform(X)

kf = KFold(n_splits=5, shuffle=True, random_state=42)
rf = RandomForestRegressor(n_estimators=300, random_state=42, n_jobs=-1)

rmse = -cross_val_score(rf, X_pca, y, cv=kf, scoring='neg_root_mean_squared_error')
r2 = cross_val_score(rf, X_pca, y, cv=kf, scoring='r2')
print('RMSE per fold:', np.round(rmse, 3))
print('mean RMSE: %.3f' % rmse.mean())
print('mean R2  : %.3f' % r2.mean())

# try without PCA for comparison
rmse_raw = -cross_val_score(rf, X, y, cv=kf, scoring='neg_root_mean_squared_error')
print('mean RMSE without PCA: %.3f' % rmse_raw.mean())
