"""Query-level ad ranking with CatBoostRanker (YetiRank)."""
import numpy as np
import pandas as pd
from catboost import CatBoostRanker, Pool
from sklearn.model_selection import GroupShuffleSplit

TARGET = "clicked"
CAT_COLS = ["ad_category", "advertiser_id", "device", "user_segment"]
NUM_COLS = ["position", "bid_cpc", "historical_ctr_ad", "hour", "dwell_time_sec"]


def load():
    df = pd.read_csv("train.csv")
    test = pd.read_csv("test.csv")
    for d in (df, test):
        for c in CAT_COLS:
            d[c] = d[c].fillna("NA").astype(str)
        d["dwell_time_sec"] = d["dwell_time_sec"].fillna(0.0)
        d["bid_rank_in_query"] = d.groupby("query_id")["bid_cpc"].rank(ascending=False)
    return df, test


def pool(d, features, label=True):
    return Pool(d[features], d[TARGET] if label else None, group_id=d["query_id"], cat_features=CAT_COLS)


df, test = load()
features = NUM_COLS + ["bid_rank_in_query"] + CAT_COLS

gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=5)
tr_idx, va_idx = next(gss.split(df, groups=df["query_id"]))
tr = df.iloc[tr_idx].sort_values("query_id")
va = df.iloc[va_idx].sort_values("query_id")
train_pool, valid_pool = pool(tr, features), pool(va, features)

ranker = CatBoostRanker(
    loss_function="YetiRank",
    custom_metric=["NDCG:top=5", "PrecisionAt:top=3"],
    iterations=800,
    learning_rate=0.06,
    depth=6,
    random_seed=5,
    verbose=False,
)
ranker.fit(train_pool)
metrics = ranker.eval_metrics(valid_pool, ["NDCG:top=5", "PrecisionAt:top=3", "MAP:top=5"])
for name, values in metrics.items():
    print(f"validation {name}: {values[-1]:.4f}")

imp = ranker.get_feature_importance(train_pool, type="LossFunctionChange", prettified=True)
print(imp.to_string(index=False))

final = CatBoostRanker(loss_function="YetiRank", iterations=800, learning_rate=0.06, depth=6, random_seed=5, verbose=False)
final.fit(pool(df.sort_values("query_id"), features))
test = test.sort_values("query_id")
pd.DataFrame({"impression_id": test["impression_id"], "prediction": final.predict(pool(test, features, label=False))}).to_csv(
    "predictions.csv", index=False
)
