#!/usr/bin/env python
"""Take-home: rank search results (query x item) by predicted relevance.

Usage: python h20_search_ranker_drop_text_columns.py
Reads train.csv / test.csv from the working directory, writes predictions.csv.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import ndcg_score

LABEL = "clicked_or_booked"
NON_MODEL_COLS = [LABEL, "query_id", "search_time", "query_text", "item_title", "item_category"]


def load(path):
    frame = pd.read_csv(path, parse_dates=["search_time"])
    frame["rating"] = frame["rating"].fillna(0)
    frame["is_promoted"] = frame["is_promoted"].astype(int)
    frame["hour"] = frame["search_time"].dt.hour
    frame["dow"] = frame["search_time"].dt.dayofweek
    return frame


def per_query_ndcg(frame, score, k=10):
    frame = frame.assign(score=score)
    out = []
    for _, g in frame.groupby("query_id"):
        if len(g) < 2 or g[LABEL].sum() == 0:
            continue
        out.append(ndcg_score(g[[LABEL]].T.to_numpy(), g[["score"]].T.to_numpy(), k=k))
    return float(np.mean(out))


def main():
    df = load("train.csv")
    print(df.shape)
    print(df.head(3).T)
    print(df[LABEL].value_counts().sort_index())
    print("booking share by category:")
    print(df.groupby("item_category")[LABEL].apply(lambda s: (s == 2).mean()).sort_values())

    df = df.sort_values("search_time")
    cutoff = df["search_time"].quantile(0.8)
    train = df[df["search_time"] < cutoff]
    test = df[df["search_time"] >= cutoff]
    test = test[~test["query_id"].isin(train["query_id"])]
    train = train.sort_values(["query_id", "position"])
    test = test.sort_values(["query_id", "position"])

    X_train = train.drop(columns=NON_MODEL_COLS)
    X_test = test.drop(columns=NON_MODEL_COLS)
    print("features:", list(X_train.columns))

    ranker = lgb.LGBMRanker(
        objective="lambdarank",
        n_estimators=400,
        learning_rate=0.05,
        num_leaves=31,
        min_child_samples=40,
        colsample_bytree=0.9,
        random_state=0,
    )
    ranker.fit(X_train, train[LABEL], group=train.groupby("query_id", sort=False).size().to_numpy())

    model_ndcg = per_query_ndcg(test, ranker.predict(X_test))
    pos_ndcg = per_query_ndcg(test, -test["position"].to_numpy())
    bookings = train[train[LABEL] == 2].groupby("item_id").size()
    pop_ndcg = per_query_ndcg(test, test["item_id"].map(bookings).fillna(0).to_numpy())
    print(f"NDCG@10  lambdarank={model_ndcg:.4f}  baseline_position={pos_ndcg:.4f}  "
          f"baseline_popularity={pop_ndcg:.4f}")

    importance = pd.Series(ranker.feature_importances_, index=X_train.columns)
    print(importance.sort_values(ascending=False))

    sub = load("test.csv")
    X_sub = sub.drop(columns=[c for c in NON_MODEL_COLS if c in sub.columns])
    X_sub = X_sub.reindex(columns=X_train.columns, fill_value=0)
    sub["prediction"] = ranker.predict(X_sub)
    sub[["impression_id", "prediction"]].to_csv("predictions.csv", index=False)
    print("predictions.csv written:", len(sub))


if __name__ == "__main__":
    main()
