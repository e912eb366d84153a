# CS 4780 - Homework 2, Problem 3
# k-nearest neighbours from scratch on the Iris data set.
# Only numpy + pandas allowed (sklearn only for loading the data).

import numpy as np
import pandas as pd
from collections import Counter

np.random.seed(4780)

# ---------------------------------------------------------------------------
# Load data
# ---------------------------------------------------------------------------
df = pd.read_csv("iris.csv")
print(df.head())
print(df["species"].value_counts())

X = df[["sepal_length", "sepal_width", "petal_length", "petal_width"]].values.astype(float)
species = sorted(df["species"].unique())
label_map = {name: i for i, name in enumerate(species)}
y = df["species"].map(label_map).values

# ---------------------------------------------------------------------------
# Part (a): normalise every feature to zero mean, unit variance
# ---------------------------------------------------------------------------
mu = X.mean(axis=0)
sigma = X.std(axis=0)
X = (X - mu) / sigma

# ---------------------------------------------------------------------------
# Part (b): 70/30 train/test split
# ---------------------------------------------------------------------------
n = X.shape[0]
perm = np.random.permutation(n)
n_train = int(0.7 * n)
train_idx, test_idx = perm[:n_train], perm[n_train:]

X_train, y_train = X[train_idx], y[train_idx]
X_test, y_test = X[test_idx], y[test_idx]
print("train:", X_train.shape, "test:", X_test.shape)


# ---------------------------------------------------------------------------
# Part (c): the classifier
# ---------------------------------------------------------------------------
def euclidean(a, B):
    """distance from one point a to every row of B"""
    return np.sqrt(((B - a) ** 2).sum(axis=1))


def knn_predict(X_tr, y_tr, X_q, k=5):
    preds = []
    for x in X_q:
        d = euclidean(x, X_tr)
        nearest = np.argsort(d)[:k]
        votes = Counter(y_tr[nearest])
        preds.append(votes.most_common(1)[0][0])
    return np.array(preds)


def accuracy(y_true, y_pred):
    return np.mean(y_true == y_pred)


def confusion(y_true, y_pred, n_classes):
    M = np.zeros((n_classes, n_classes), dtype=int)
    for t, p in zip(y_true, y_pred):
        M[t, p] += 1
    return M


k = 5
y_pred = knn_predict(X_train, y_train, X_test, k=k)
print(f"k={k}  test accuracy = {accuracy(y_test, y_pred):.3f}")
print(confusion(y_test, y_pred, len(species)))

# Part (d): per-class accuracy for the write-up
for c, name in enumerate(species):
    mask = y_test == c
    print(f"{name:>12s}: {accuracy(y_test[mask], y_pred[mask]):.3f}  (n={mask.sum()})")
