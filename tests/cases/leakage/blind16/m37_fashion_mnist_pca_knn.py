"""Fashion-MNIST (Kaggle csv version) - PCA + KNN."""
import time

import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.decomposition import PCA
from sklearn.neighbors import KNeighborsClassifier
from sklearn.model_selection import cross_val_score
from sklearn.metrics import accuracy_score, confusion_matrix

CLASSES = ['T-shirt', 'Trouser', 'Pullover', 'Dress', 'Coat', 'Sandal', 'Shirt', 'Sneaker', 'Bag', 'Boot']

train = pd.read_csv('fashion-mnist_train.csv')
test = pd.read_csv('fashion-mnist_test.csv')

X_train = train.iloc[:, 1:].values.astype('float32') / 255.0
y_train = train.iloc[:, 0].values
X_test = test.iloc[:, 1:].values.astype('float32') / 255.0
y_test = test.iloc[:, 0].values
print(X_train.shape, X_test.shape)

fig, axes = plt.subplots(2, 5, figsize=(10, 4))
for i, ax in enumerate(axes.ravel()):
    ax.imshow(X_train[y_train == i][0].reshape(28, 28), cmap='gray')
    ax.set_title(CLASSES[i])
    ax.axis('off')
plt.show()

# PCA on all images to get a stable basis
X_all = np.vstack([X_train, X_test])
pca = PCA(n_components=50, random_state=0)
pca.fit(X_all)
print('explained variance with 50 comps: %.3f' % pca.explained_variance_ratio_.sum())

Z_train = pca.transform(X_train)
Z_test = pca.transform(X_test)

# choose k with 3-fold CV on a 10k subsample of the training set (KNN is slow)
rng = np.random.RandomState(0)
idx = rng.choice(len(Z_train), 10000, replace=False)
cv_scores = {}
for k in [1, 3, 5, 7, 9, 11]:
    cv_scores[k] = cross_val_score(KNeighborsClassifier(n_neighbors=k, n_jobs=-1), Z_train[idx], y_train[idx], cv=3).mean()
    print(k, round(cv_scores[k], 4))
best_k = max(cv_scores, key=cv_scores.get)

t0 = time.time()
knn = KNeighborsClassifier(n_neighbors=best_k, weights='distance', n_jobs=-1)
knn.fit(Z_train, y_train)
pred = knn.predict(Z_test)
print('k=%d test accuracy: %.4f (%.1fs)' % (best_k, accuracy_score(y_test, pred), time.time() - t0))

cm = confusion_matrix(y_test, pred)
plt.figure(figsize=(7, 6))
plt.imshow(cm, cmap='Blues')
plt.xticks(range(10), CLASSES, rotation=90)
plt.yticks(range(10), CLASSES)
plt.colorbar()
plt.tight_layout()
plt.show()
