"""Artist recommendations from Last.fm listening counts: implicit ALS vs popularity.

user_artists.dat (hetrec2011-lastfm-2k): userID, artistID, weight (play count)
A random 20% of the user-artist pairs is hidden; models only see the other 80%.
"""
import numpy as np
import pandas as pd
import scipy.sparse as sp
from implicit.als import AlternatingLeastSquares
from implicit.evaluation import precision_at_k, ndcg_at_k, train_test_split
from implicit.nearest_neighbours import bm25_weight

K = 10

plays = pd.read_csv("data/hetrec2011-lastfm-2k/user_artists.dat", sep="\t")
plays["u"] = plays["userID"].astype("category").cat.codes
plays["a"] = plays["artistID"].astype("category").cat.codes
n_users, n_items = plays["u"].max() + 1, plays["a"].max() + 1

user_items = sp.csr_matrix((np.log1p(plays["weight"].values), (plays["u"], plays["a"])),
                           shape=(n_users, n_items))
train, test = train_test_split(user_items, train_percentage=0.8, random_state=0)
print("train nnz:", train.nnz, "test nnz:", test.nnz)

# --- popularity baseline: most listened artists in the training interactions --------
popularity = np.asarray((train > 0).sum(axis=0)).ravel()
ranked = np.argsort(-popularity)
pop_prec = []
for u in range(n_users):
    held = set(test[u].indices)
    if not held:
        continue
    seen = set(train[u].indices)
    recs = [i for i in ranked[: K + len(seen)] if i not in seen][:K]
    pop_prec.append(len(held.intersection(recs)) / min(K, len(held)))
print(f"popularity baseline precision@{K}: {np.mean(pop_prec):.4f}")

# --- ALS ------------------------------------------------------------------------------
weighted = bm25_weight(train, K1=100, B=0.8).tocsr()
model = AlternatingLeastSquares(factors=64, regularization=0.05, iterations=20,
                                random_state=0)
model.fit(weighted, show_progress=False)
print(f"ALS precision@{K}: {precision_at_k(model, weighted, test, K=K):.4f}"
      f"  ndcg@{K}: {ndcg_at_k(model, weighted, test, K=K):.4f}")
