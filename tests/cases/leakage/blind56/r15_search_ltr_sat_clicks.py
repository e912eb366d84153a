"""Web search learning-to-rank.

LightGBM lambdarank, evaluation on held-out queries (GroupShuffleSplit on query_id),
compared against ranking by BM25 alone.
"""
import numpy as np
import pandas as pd
from lightgbm import LGBMRanker
from sklearn.model_selection import GroupShuffleSplit

TARGET = "relevance"
NON_FEATURES = {"row_id", "query_id", "doc_id", "query_text", "doc_title", TARGET}


def ndcg(frame, col, k=10):
    out = []
    for _, g in frame.groupby("query_id"):
        rel = g.sort_values(col, ascending=False)[TARGET].to_numpy()
        disc = 1 / np.log2(np.arange(2, k + 2))
        dcg = ((2 ** rel[:k] - 1) * disc[: len(rel[:k])]).sum()
        ideal = np.sort(rel)[::-1][:k]
        idcg = ((2 ** ideal - 1) * disc[: len(ideal)]).sum()
        if idcg > 0:
            out.append(dcg / idcg)
    return np.mean(out)


def group_sizes(frame):
    return frame.groupby("query_id", sort=False).size().to_numpy()


def main():
    df = pd.read_csv("train.csv")
    test = pd.read_csv("test.csv")
    features = [c for c in df.columns if c not in NON_FEATURES]
    print("features:", features)

    # a few cheap within-query features
    for frame in (df, test):
        frame["bm25_rank_in_query"] = frame.groupby("query_id")["bm25"].rank(ascending=False)
        frame["bm25_gap_to_top"] = frame.groupby("query_id")["bm25"].transform("max") - frame["bm25"]
    features += ["bm25_rank_in_query", "bm25_gap_to_top"]

    gss = GroupShuffleSplit(n_splits=1, test_size=0.25, random_state=3)
    tr, va = next(gss.split(df, groups=df["query_id"]))
    trn = df.iloc[tr].sort_values("query_id")
    val = df.iloc[va].sort_values("query_id").copy()

    ranker = LGBMRanker(objective="lambdarank", n_estimators=400, learning_rate=0.05,
                        num_leaves=63, min_child_samples=30, label_gain=[0, 1, 3, 7, 15],
                        random_state=3)
    ranker.fit(trn[features], trn[TARGET], group=group_sizes(trn))
    val["score"] = ranker.predict(val[features])

    print(f"BM25 baseline NDCG@10: {ndcg(val, 'bm25'):.4f}")
    print(f"LGBMRanker    NDCG@10: {ndcg(val, 'score'):.4f}")
    print(f"LGBMRanker    NDCG@3 : {ndcg(val, 'score', 3):.4f}")
    imp = pd.Series(ranker.feature_importances_, index=features).sort_values(ascending=False)
    print(imp.to_string())

    full = df.sort_values("query_id")
    ranker.fit(full[features], full[TARGET], group=group_sizes(full))
    pd.DataFrame({"row_id": test["row_id"], "prediction": ranker.predict(test[features])}).to_csv(
        "predictions.csv", index=False
    )


if __name__ == "__main__":
    main()
