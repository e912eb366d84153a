"""
Hotel ranking take-home (LambdaMART with early stopping).

Queries = search_id. Metric = NDCG@5 on held-out searches, plus the share of
booked searches where the booked hotel is ranked first.
"""
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
import lightgbm as lgb
from sklearn.metrics import ndcg_score
from sklearn.model_selection import GroupShuffleSplit

FEATURES = ["price_usd", "star_rating", "review_score", "location_score", "distance_km",
            "promo_flag", "srch_length_of_stay", "srch_adults", "srch_children", "is_mobile"]

logs = pd.read_csv("train.csv").sort_values("search_id").reset_index(drop=True)
logs["log_price"] = np.log1p(logs["price_usd"])
FEATURES.append("log_price")


def split_by_search(frame, test_size, seed):
    gss = GroupShuffleSplit(n_splits=1, test_size=test_size, random_state=seed)
    a, b = next(gss.split(frame, groups=frame["search_id"]))
    return frame.iloc[a], frame.iloc[b]


def groups(frame):
    return frame.groupby("search_id", sort=False).size().to_numpy()


def ndcg_at_k(frame, score_col, k=5):
    vals = []
    for _, g in frame.groupby("search_id", sort=False):
        if len(g) < 2 or g["relevance"].max() == 0:
            continue
        vals.append(ndcg_score([g["relevance"].to_numpy()], [g[score_col].to_numpy()], k=k))
    return float(np.mean(vals))


def hit_rate_at_k(frame, score_col, k=1):
    # share of searches with a booking where the booked hotel is ranked in the top k
    hits = []
    for _, g in frame.groupby("search_id", sort=False):
        if (g["relevance"] == 2).any():
            top = g.nlargest(k, score_col)
            hits.append(bool((top["relevance"] == 2).any()))
    return float(np.mean(hits))


train, test = split_by_search(logs, 0.2, seed=13)
fit_part, valid_part = split_by_search(train, 0.15, seed=14)  # validation searches for early stopping
ranker = lgb.LGBMRanker(objective="lambdarank", n_estimators=3000, learning_rate=0.03,
                        num_leaves=63, min_child_samples=40, random_state=13)
ranker.fit(fit_part[FEATURES], fit_part["relevance"], group=groups(fit_part),
           eval_set=[(valid_part[FEATURES], valid_part["relevance"])], eval_group=[groups(valid_part)],
           eval_at=[5], callbacks=[lgb.early_stopping(100), lgb.log_evaluation(200)])
print("best iteration:", ranker.best_iteration_)

test = test.assign(score=ranker.predict(test[FEATURES], num_iteration=ranker.best_iteration_),
                   cheapest_first=-test["price_usd"])
print("baseline (cheapest first)  NDCG@5 %.4f  hit@1 %.4f" % (ndcg_at_k(test, "cheapest_first"),
                                                             hit_rate_at_k(test, "cheapest_first")))
print("LGBMRanker                 NDCG@5 %.4f  hit@1 %.4f" % (ndcg_at_k(test, "score"),
                                                             hit_rate_at_k(test, "score")))

curve = ranker.evals_result_
key = list(curve.keys())[0]
plt.plot(curve[key]["ndcg@5"])
plt.axvline(ranker.best_iteration_, ls="--", color="grey")
plt.xlabel("boosting round"); plt.ylabel("NDCG@5 (early-stopping set)")
plt.tight_layout(); plt.savefig("early_stopping.png")
