"""Ranking ads per query: grouped cross-validation with catboost.cv.

The pool carries group_id=query_id, and catboost.cv assigns whole groups to folds, so no query
is split between training and validation folds.
"""
import numpy as np
import pandas as pd
from catboost import CatBoostRanker, Pool, cv
from sklearn.metrics import ndcg_score

TARGET = "clicked"
CAT_COLS = ["ad_category", "advertiser_id", "device", "user_segment"]
LEAKY = ["dwell_time_sec", "conversion_value"]


def prep(d):
    d = d.drop(columns=[c for c in LEAKY if c in d.columns]).copy()
    for c in CAT_COLS:
        d[c] = d[c].fillna("NA").astype(str)
    d["log_bid"] = np.log1p(d["bid_cpc"])
    d["bid_share"] = d["bid_cpc"] / d.groupby("query_id")["bid_cpc"].transform("sum")
    return d.sort_values("query_id").reset_index(drop=True)


def position_ndcg(d, k=5):
    vals = []
    for _, g in d.groupby("query_id"):
        if len(g) > 1 and g[TARGET].sum() > 0:
            vals.append(ndcg_score([g[TARGET].values], [-g["position"].values], k=k))
    return float(np.mean(vals))


df = prep(pd.read_csv("train.csv"))
test = prep(pd.read_csv("test.csv"))
features = ["position", "log_bid", "bid_share", "historical_ctr_ad", "hour"] + CAT_COLS

pool = Pool(df[features], df[TARGET], group_id=df["query_id"], cat_features=CAT_COLS)
params = {
    "loss_function": "YetiRank",
    "custom_metric": ["NDCG:top=5", "MAP:top=5"],
    "iterations": 1000,
    "learning_rate": 0.05,
    "depth": 6,
    "random_seed": 0,
}
res = cv(pool, params, fold_count=5, shuffle=True, stratified=False, partition_random_seed=0, verbose=False)

ndcg_cols = [c for c in res.columns if c.startswith("test-NDCG") and c.endswith("-mean")]
map_cols = [c for c in res.columns if c.startswith("test-MAP") and c.endswith("-mean")]
print("5-fold grouped CV, last iteration")
print(f"  YetiRank NDCG@5 {res[ndcg_cols[0]].iloc[-1]:.4f}   MAP@5 {res[map_cols[0]].iloc[-1]:.4f}")
print(f"  baseline (current slot order) NDCG@5 {position_ndcg(df):.4f}")

final = CatBoostRanker(**params, verbose=False)
final.fit(pool)
scores = final.predict(Pool(test[features], group_id=test["query_id"], cat_features=CAT_COLS))
pd.DataFrame({"impression_id": test["impression_id"], "prediction": scores}).to_csv("predictions.csv", index=False)
