"""Search relevance take-home: learning-to-rank with LightGBM (lambdarank).

Splits are made on query ids: 20% of queries are the test set; from the rest,
another 15% of queries are a validation set used only for early stopping.
Reference point: ranking by the production BM25 score.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.model_selection import GroupShuffleSplit
from sklearn.metrics import ndcg_score

FEATURES = ["bm25_score", "title_match_ratio", "doc_body_len", "doc_popularity",
            "freshness_days", "query_len", "title_len", "query_in_title"]


def add_features(df):
    df = df.copy()
    df["query_len"] = df["query_text"].str.split().str.len()
    df["title_len"] = df["doc_title"].fillna("").str.split().str.len()
    df["query_in_title"] = [int(q.lower() in t.lower()) for q, t in
                            zip(df["query_text"], df["doc_title"].fillna(""))]
    return df


def mean_ndcg(frame, score_col, k=10):
    vals = []
    for _, g in frame.groupby("query_id"):
        if len(g) < 2 or g["relevance"].max() == 0:
            continue
        vals.append(ndcg_score([g["relevance"].values], [g[score_col].values], k=k))
    return float(np.mean(vals))


def split_by_query(df, size, seed):
    gss = GroupShuffleSplit(n_splits=1, test_size=size, random_state=seed)
    a, b = next(gss.split(df, groups=df["query_id"]))
    return df.iloc[a], df.iloc[b]


def group_sizes(df):
    return df.groupby("query_id", sort=False).size().values


pairs = add_features(pd.read_csv("train.csv"))
print(pairs["relevance"].value_counts().sort_index())
print("queries:", pairs["query_id"].nunique())

rest, test_q = split_by_query(pairs, 0.2, seed=1)
train_q, valid_q = split_by_query(rest, 0.15, seed=2)
train_q = train_q.sort_values("query_id")
valid_q = valid_q.sort_values("query_id")

ranker = lgb.LGBMRanker(objective="lambdarank", n_estimators=2000, learning_rate=0.03,
                        num_leaves=31, min_child_samples=20, colsample_bytree=0.8,
                        random_state=0, verbose=-1)
ranker.fit(train_q[FEATURES], train_q["relevance"], group=group_sizes(train_q),
           eval_set=[(valid_q[FEATURES], valid_q["relevance"])],
           eval_group=[group_sizes(valid_q)], eval_at=[10],
           callbacks=[lgb.early_stopping(100, verbose=False)])
print("best iteration:", ranker.best_iteration_)

test_q = test_q.copy()
test_q["model_score"] = ranker.predict(test_q[FEATURES], num_iteration=ranker.best_iteration_)
print("NDCG@10  BM25 baseline: %.4f" % mean_ndcg(test_q, "bm25_score"))
print("NDCG@10  LGBMRanker   : %.4f" % mean_ndcg(test_q, "model_score"))

# final: retrain on all labelled queries with the early-stopped number of rounds
full = pairs.sort_values("query_id")
final = lgb.LGBMRanker(objective="lambdarank", n_estimators=ranker.best_iteration_, learning_rate=0.03,
                       num_leaves=31, min_child_samples=20, colsample_bytree=0.8, random_state=0, verbose=-1)
final.fit(full[FEATURES], full["relevance"], group=group_sizes(full))
sub = add_features(pd.read_csv("test.csv"))
sub["prediction"] = final.predict(sub[FEATURES])
sub[["pair_id", "prediction"]].to_csv("predictions.csv", index=False)
