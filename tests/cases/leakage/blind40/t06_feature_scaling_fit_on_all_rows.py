# Feature scaling explained: standardisation vs normalisation
# -----------------------------------------------------------
#
# Distance-based algorithms such as k-nearest neighbours are sensitive to the scale of the features.
# In the wine dataset "proline" ranges up to ~1700 while "hue" is around 1, so proline dominates every
# distance. This script compares
#
#   * no scaling,
#   * standardisation by hand with pandas:  z = (x - mean) / std,
#   * min-max normalisation with scikit-learn.

import pandas as pd
from sklearn.datasets import load_wine
from sklearn.model_selection import train_test_split
from sklearn.neighbors import KNeighborsClassifier
from sklearn.preprocessing import MinMaxScaler
from sklearn.metrics import accuracy_score

wine = load_wine(as_frame=True)
X = wine.data
y = wine.target
print(X.describe().T[["mean", "std", "min", "max"]].round(2))


# Standardisation by hand

X_std = (X - X.mean()) / X.std()
print(X_std.describe().T[["mean", "std"]].round(2).head())


# Min-max normalisation

X_minmax = pd.DataFrame(MinMaxScaler().fit_transform(X), columns=X.columns)


# Train the same k-NN on the three versions of the data, using the same random split.

versions = {"raw": X, "standardised": X_std, "min-max": X_minmax}
for name, data in versions.items():
    X_train, X_test, y_train, y_test = train_test_split(
        data, y, test_size=0.3, stratify=y, random_state=1)
    knn = KNeighborsClassifier(n_neighbors=7).fit(X_train, y_train)
    acc = accuracy_score(y_test, knn.predict(X_test))
    print(f"{name:13s} accuracy = {acc:.3f}")


# Scaling lifts k-NN accuracy from about 0.7 to about 0.95. Always scale your features before using a
# distance-based model!
