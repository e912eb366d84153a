# -----------------------------------------------------------------------------
# Mobile price range with KNN
# requirements: pandas, numpy, scikit-learn
# run:          python y43_mobile_price_minmax_before_cv.py
# data:         download from the dataset page and place it next to this file
# notes:
#   - the Kaggle test.csv has no labels, so only train.csv is used here
#   - metrics go to stdout; artefacts to results/y43_mobile_price_minmax_before_cv.*
#   - random seeds are fixed so reruns give the same numbers
# -----------------------------------------------------------------------------
"""Mobile Price Classification (price_range 0-3) with k-nearest neighbours.

KNN is distance based, so features are min-max scaled first. The number of
neighbours is compared by 10-fold cross-validation.
"""
import numpy as np
import pandas as pd
from sklearn.model_selection import StratifiedKFold, cross_val_score
from sklearn.neighbors import KNeighborsClassifier
from sklearn.preprocessing import MinMaxScaler

df = pd.read_csv("mobile_price_train.csv")
print(df.shape)
print(df["price_range"].value_counts().sort_index())

# a few derived features
df["px_area"] = df["px_height"] * df["px_width"]
df["screen_area"] = df["sc_h"] * df["sc_w"]
df["battery_per_weight"] = df["battery_power"] / df["mobile_wt"]

X = df.drop(columns=["price_range"])
y = df["price_range"]

scaler = MinMaxScaler()
X_scaled = scaler.fit_transform(X)

cv = StratifiedKFold(n_splits=10, shuffle=True, random_state=1)
results = {}
for k in [3, 5, 7, 9, 11, 15, 21, 31]:
    knn = KNeighborsClassifier(n_neighbors=k, weights="distance")
    acc = cross_val_score(knn, X_scaled, y, cv=cv, scoring="accuracy")
    results[k] = acc.mean()
    print(f"k={k:2d}  accuracy {acc.mean():.4f} +/- {acc.std():.4f}")

best_k = max(results, key=results.get)
print(f"best k = {best_k} (CV accuracy {results[best_k]:.4f})")

# which raw features matter most for KNN? quick permutation-free check:
# accuracy when each feature is dropped
full_acc = results[best_k]
drops = {}
for i, col in enumerate(X.columns):
    X_drop = np.delete(X_scaled, i, axis=1)
    acc = cross_val_score(KNeighborsClassifier(n_neighbors=best_k, weights="distance"),
                          X_drop, y, cv=cv).mean()
    drops[col] = full_acc - acc
print(pd.Series(drops).sort_values(ascending=False).head(8))


# ---------------------------------------------------------------- save artefacts
import json
import os

os.makedirs("results", exist_ok=True)
with open("results/y43_mobile_price_minmax_before_cv.json", "w") as fh:
    json.dump({"script": "y43_mobile_price_minmax_before_cv", "n_rows": int(len(df))}, fh, indent=2)
print("saved results/y43_mobile_price_minmax_before_cv.json")
