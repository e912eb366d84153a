"""Search relevance: many cheap lexical features, pruned by importance.

Step 1  build ~24 lexical/statistical features per (query, doc) pair
Step 2  fit a ranker on the judgements and keep the 12 features with the highest gain
Step 3  5-fold query-grouped CV of the pruned ranker vs. BM25 ordering
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.model_selection import GroupKFold
from sklearn.metrics import ndcg_score

TOP_K = 12


def lexical_features(d):
    d = d.copy()
    q = d["query_text"].fillna("").str.lower()
    t = d["doc_title"].fillna("").str.lower()
    qs, ts = q.str.split(), t.str.split()
    d["q_len"] = qs.str.len()
    d["t_len"] = ts.str.len()
    d["q_chars"] = q.str.len()
    d["t_chars"] = t.str.len()
    d["overlap"] = [len(set(a) & set(b)) for a, b in zip(qs, ts)]
    d["overlap_q"] = d["overlap"] / d["q_len"].clip(lower=1)
    d["overlap_t"] = d["overlap"] / d["t_len"].clip(lower=1)
    d["jaccard"] = [len(set(a) & set(b)) / max(len(set(a) | set(b)), 1) for a, b in zip(qs, ts)]
    d["first_word_hit"] = [int(len(a) > 0 and a[0] in b) for a, b in zip(qs, ts)]
    d["phrase_hit"] = [int(a in b) for a, b in zip(q, t)]
    d["has_digit_q"] = q.str.contains(r"\d").astype(int)
    d["has_digit_t"] = t.str.contains(r"\d").astype(int)
    d["log_pop"] = np.log1p(d["doc_popularity"])
    d["log_body"] = np.log1p(d["doc_body_len"])
    d["fresh_week"] = (d["freshness_days"] <= 7).astype(int)
    d["bm25_rank"] = d.groupby("query_id")["bm25_score"].rank(ascending=False)
    d["bm25_gap_top"] = d.groupby("query_id")["bm25_score"].transform("max") - d["bm25_score"]
    d["pop_rank"] = d.groupby("query_id")["doc_popularity"].rank(ascending=False)
    d["n_candidates"] = d.groupby("query_id")["doc_id"].transform("count")
    return d


CANDIDATES = ["bm25_score", "title_match_ratio", "doc_body_len", "doc_popularity", "freshness_days",
              "q_len", "t_len", "q_chars", "t_chars", "overlap", "overlap_q", "overlap_t", "jaccard",
              "first_word_hit", "phrase_hit", "has_digit_q", "has_digit_t", "log_pop", "log_body",
              "fresh_week", "bm25_rank", "bm25_gap_top", "pop_rank", "n_candidates"]

df = lexical_features(pd.read_csv("train.csv")).sort_values("query_id").reset_index(drop=True)
groups_all = df.groupby("query_id", sort=False).size().values

probe = lgb.LGBMRanker(n_estimators=300, learning_rate=0.05, num_leaves=31,
                       importance_type="gain", verbose=-1)
probe.fit(df[CANDIDATES], df["relevance"], group=groups_all)
gain = pd.Series(probe.feature_importances_, index=CANDIDATES).sort_values(ascending=False)
print(gain.round(1))
SELECTED = list(gain.index[:TOP_K])
print("kept:", SELECTED)


def ndcg10(frame, col):
    return np.mean([ndcg_score([g["relevance"]], [g[col]], k=10)
                    for _, g in frame.groupby("query_id") if len(g) > 1 and g["relevance"].max() > 0])


res = []
for tr, va in GroupKFold(n_splits=5).split(df, groups=df["query_id"]):
    trn, val = df.iloc[tr], df.iloc[va].copy()
    m = lgb.LGBMRanker(n_estimators=500, learning_rate=0.05, num_leaves=31, verbose=-1)
    m.fit(trn[SELECTED], trn["relevance"], group=trn.groupby("query_id", sort=False).size().values)
    val["s"] = m.predict(val[SELECTED])
    res.append((ndcg10(val, "bm25_score"), ndcg10(val, "s")))
res = np.array(res)
print("NDCG@10 BM25 baseline %.4f | pruned lambdarank %.4f" % tuple(res.mean(axis=0)))

final = lgb.LGBMRanker(n_estimators=500, learning_rate=0.05, num_leaves=31, verbose=-1)
final.fit(df[SELECTED], df["relevance"], group=groups_all)
sub = lexical_features(pd.read_csv("test.csv"))
sub["prediction"] = final.predict(sub[SELECTED])
sub[["pair_id", "prediction"]].to_csv("predictions.csv", index=False)
