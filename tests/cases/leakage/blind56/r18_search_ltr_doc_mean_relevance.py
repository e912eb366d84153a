"""Learning to rank with document-level priors.

Many documents are judged for several queries. A document's average judged relevance is
a strong prior for how good the page is in general, so it goes in as a feature next to
the query-document match features. 5-fold GroupKFold over queries, BM25 as the baseline.
"""
import numpy as np
import pandas as pd
from lightgbm import LGBMRanker
from sklearn.model_selection import GroupKFold

BASE_FEATURES = ["bm25", "tfidf_cos", "doc_len", "pagerank", "url_depth", "title_match", "query_len"]


def dcg(rel, k):
    rel = np.asarray(rel)[:k]
    return np.sum((2 ** rel - 1) / np.log2(np.arange(2, len(rel) + 2)))


def mean_ndcg(frame, score_col, k=10):
    vals = []
    for _, g in frame.groupby("query_id"):
        ranked = g.sort_values(score_col, ascending=False)["relevance"]
        ideal = dcg(np.sort(g["relevance"].to_numpy())[::-1], k)
        if ideal > 0:
            vals.append(dcg(ranked.to_numpy(), k) / ideal)
    return float(np.mean(vals))


df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(df.shape, "docs judged more than once:", (df["doc_id"].value_counts() > 1).mean().round(3))

# document priors
doc_stats = df.groupby("doc_id")["relevance"].agg(["mean", "count"])
global_mean = df["relevance"].mean()
k = 5
doc_prior = (doc_stats["mean"] * doc_stats["count"] + global_mean * k) / (doc_stats["count"] + k)
for frame in (df, test):
    frame["doc_rel_prior"] = frame["doc_id"].map(doc_prior).fillna(global_mean)
    frame["doc_judgements"] = frame["doc_id"].map(doc_stats["count"]).fillna(0)

FEATURES = BASE_FEATURES + ["doc_rel_prior", "doc_judgements"]

gkf = GroupKFold(n_splits=5)
rows = []
for fold, (tr, va) in enumerate(gkf.split(df, groups=df["query_id"])):
    trn = df.iloc[tr].sort_values("query_id")
    val = df.iloc[va].copy()
    ranker = LGBMRanker(n_estimators=300, learning_rate=0.05, num_leaves=31, random_state=fold)
    ranker.fit(trn[FEATURES], trn["relevance"], group=trn.groupby("query_id", sort=False).size().to_numpy())
    val["score"] = ranker.predict(val[FEATURES])
    rows.append({"fold": fold, "bm25_baseline": mean_ndcg(val, "bm25"), "ranker": mean_ndcg(val, "score")})

res = pd.DataFrame(rows)
print("per-fold NDCG@10:")
print(res.round(4).to_string(index=False))
print("mean NDCG@10  baseline %.4f  ranker %.4f" % (res["bm25_baseline"].mean(), res["ranker"].mean()))

full = df.sort_values("query_id")
final = LGBMRanker(n_estimators=300, learning_rate=0.05, num_leaves=31, random_state=0)
final.fit(full[FEATURES], full["relevance"], group=full.groupby("query_id", sort=False).size().to_numpy())
pd.DataFrame({"row_id": test["row_id"], "prediction": final.predict(test[FEATURES])}).to_csv("predictions.csv", index=False)

check = pd.read_csv("predictions.csv")
assert len(check) == len(test) and check["row_id"].is_unique
assert check["prediction"].notna().all()
print("wrote", len(check), "predictions for", test["query_id"].nunique(), "test queries")
