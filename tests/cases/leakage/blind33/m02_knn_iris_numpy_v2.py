"""
HW2 P3 -- resubmission after TA feedback.

Changes vs. first version:
  * split FIRST, then compute the normalisation statistics on the training rows
  * choose k on a validation slice of the training data instead of looking at test
  * report the majority-class accuracy next to kNN
"""
import numpy as np
import pandas as pd
from collections import Counter

rng = np.random.default_rng(4780)

df = pd.read_csv("iris.csv")
features = ["sepal_length", "sepal_width", "petal_length", "petal_width"]
X = df[features].to_numpy(dtype=float)
classes, y = np.unique(df["species"].to_numpy(), return_inverse=True)

# ----- split: 60 / 20 / 20 ------------------------------------------------
idx = rng.permutation(len(X))
n_tr = int(0.6 * len(X))
n_va = int(0.2 * len(X))
tr, va, te = idx[:n_tr], idx[n_tr:n_tr + n_va], idx[n_tr + n_va:]

X_tr, y_tr = X[tr], y[tr]
X_va, y_va = X[va], y[va]
X_te, y_te = X[te], y[te]

# ----- z-score with training statistics only ------------------------------
mu = X_tr.mean(axis=0)
sd = X_tr.std(axis=0)
sd[sd == 0] = 1.0


def zscore(A):
    return (A - mu) / sd


X_tr, X_va, X_te = zscore(X_tr), zscore(X_va), zscore(X_te)


# ----- kNN -------------------------------------------------------------------
def pairwise_dist(A, B):
    # ||a-b||^2 = ||a||^2 + ||b||^2 - 2 a.b
    sq = (A ** 2).sum(1)[:, None] + (B ** 2).sum(1)[None, :] - 2 * A @ B.T
    return np.sqrt(np.maximum(sq, 0))


def knn_predict(X_ref, y_ref, X_query, k):
    D = pairwise_dist(X_query, X_ref)
    nn = np.argsort(D, axis=1)[:, :k]
    out = np.empty(len(X_query), dtype=int)
    for i, row in enumerate(nn):
        out[i] = Counter(y_ref[row]).most_common(1)[0][0]
    return out


def acc(a, b):
    return float((a == b).mean())


# ----- model selection on the validation slice ----------------------------
val_scores = {}
for k in [1, 3, 5, 7, 9, 13, 17]:
    val_scores[k] = acc(y_va, knn_predict(X_tr, y_tr, X_va, k))
    print(f"k={k:2d}  val acc={val_scores[k]:.3f}")
best_k = max(val_scores, key=val_scores.get)
print("chosen k:", best_k)

# refit reference set = train + val (stats stay from train, fine for kNN)
X_ref = np.vstack([X_tr, X_va])
y_ref = np.concatenate([y_tr, y_va])

# ----- final test evaluation, once ------------------------------------------
y_hat = knn_predict(X_ref, y_ref, X_te, best_k)
majority = np.bincount(y_ref).argmax()
baseline = acc(y_te, np.full_like(y_te, majority))
print(f"majority-class baseline: {baseline:.3f}")
print(f"kNN (k={best_k}) test accuracy: {acc(y_te, y_hat):.3f}")
