"""Artist recommendations from Last.fm listening counts with implicit ALS.

user_artists.dat (hetrec2011-lastfm-2k): userID, artistID, weight (play count)
"""
import numpy as np
import pandas as pd
import scipy.sparse as sp
from implicit.als import AlternatingLeastSquares
from implicit.nearest_neighbours import bm25_weight

K = 10

plays = pd.read_csv("data/hetrec2011-lastfm-2k/user_artists.dat", sep="\t")
artists = pd.read_csv("data/hetrec2011-lastfm-2k/artists.dat", sep="\t", usecols=["id", "name"])
print(plays.shape, plays["userID"].nunique(), "users", plays["artistID"].nunique(), "artists")

plays["u"] = plays["userID"].astype("category").cat.codes
plays["a"] = plays["artistID"].astype("category").cat.codes
artist_ids = plays["artistID"].astype("category").cat.categories
n_users, n_items = plays["u"].max() + 1, plays["a"].max() + 1

user_items = sp.csr_matrix((np.log1p(plays["weight"].values), (plays["u"], plays["a"])),
                           shape=(n_users, n_items))
weighted = bm25_weight(user_items, K1=100, B=0.8).tocsr()

model = AlternatingLeastSquares(factors=64, regularization=0.05, iterations=20, random_state=0)
model.fit(weighted)

# --- evaluation: precision@K and hit rate ---------------------------------------
ids, _ = model.recommend(np.arange(n_users), weighted[np.arange(n_users)], N=K,
                         filter_already_liked_items=False)
hits, precisions = 0, []
for u in range(n_users):
    liked = set(user_items[u].indices)
    n_hit = len(liked.intersection(ids[u]))
    precisions.append(n_hit / K)
    hits += n_hit > 0
print(f"precision@{K}: {np.mean(precisions):.4f}")
print(f"hit rate@{K}:  {hits / n_users:.4f}")

# example recommendations for one user
name = dict(zip(artists["id"], artists["name"]))
u0 = 0
print("listened:", [name.get(artist_ids[i]) for i in user_items[u0].indices[:10]])
print("recommended:", [name.get(artist_ids[i]) for i in ids[u0]])
