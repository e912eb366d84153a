"""Search ranking: LambdaRank on query groups.

Whole queries are held out so that no query has rows in both train and test.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.model_selection import GroupShuffleSplit
from sklearn.metrics import ndcg_score

TARGET = "clicked_or_booked"
SEED = 2024

df = pd.read_csv("train.csv", parse_dates=["search_time"])
print(df.shape, df["query_id"].nunique(), "queries")
print(df[TARGET].value_counts(normalize=True).sort_index())

sizes = df.groupby("query_id").size()
print("items per query:", sizes.describe().round(1).to_dict())
print("queries with no engagement:", (df.groupby("query_id")[TARGET].max() == 0).mean().round(3))


def featurize(frame):
    frame = frame.copy()
    frame["log_price"] = np.log1p(frame["price"])
    frame["log_reviews"] = np.log1p(frame["review_count"])
    frame["rating"] = frame["rating"].fillna(0)
    frame["is_promoted"] = frame["is_promoted"].astype(int)
    frame["hour"] = frame["search_time"].dt.hour
    frame["weekend"] = (frame["search_time"].dt.weekday >= 5).astype(int)
    return frame


df = featurize(df)

gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=SEED)
tr_idx, te_idx = next(gss.split(df, groups=df["query_id"]))
train = df.iloc[tr_idx].copy()
test = df.iloc[te_idx].copy()
print("train queries", train["query_id"].nunique(), "test queries", test["query_id"].nunique())

# item popularity from training rows
item_stats = train.groupby("item_id").agg(
    item_impressions=(TARGET, "size"),
    item_bookings=(TARGET, lambda s: (s == 2).sum()),
)
item_stats["item_booking_rate"] = (item_stats["item_bookings"] + 1) / (item_stats["item_impressions"] + 30)
default_rate = 1 / 30


def add_item_stats(frame):
    frame = frame.merge(item_stats, left_on="item_id", right_index=True, how="left")
    frame["item_impressions"] = frame["item_impressions"].fillna(0)
    frame["item_bookings"] = frame["item_bookings"].fillna(0)
    frame["item_booking_rate"] = frame["item_booking_rate"].fillna(default_rate)
    return frame.sort_values(["query_id", "position"]).reset_index(drop=True)


train = add_item_stats(train)
test = add_item_stats(test)

FEATURES = [
    "position", "log_price", "rating", "log_reviews", "distance_km", "is_promoted",
    "query_len", "hour", "weekend", "item_impressions", "item_booking_rate",
]

ranker = lgb.LGBMRanker(
    objective="lambdarank",
    n_estimators=300,
    learning_rate=0.05,
    num_leaves=31,
    min_child_samples=30,
    lambdarank_truncation_level=20,
    random_state=SEED,
)
ranker.fit(
    train[FEATURES],
    train[TARGET],
    group=train.groupby("query_id", sort=False).size().to_numpy(),
)


def ndcg_at(frame, col, k):
    vals = []
    for _, g in frame.groupby("query_id"):
        if g[TARGET].max() == 0 or len(g) < 2:
            continue
        vals.append(ndcg_score([g[TARGET].to_numpy()], [g[col].to_numpy()], k=k))
    return float(np.mean(vals))


test["lambdarank"] = ranker.predict(test[FEATURES])
test["popularity_baseline"] = test["item_bookings"] + 0.01 * test["item_impressions"]

for k in (5, 10):
    print(f"NDCG@{k}: lambdarank {ndcg_at(test, 'lambdarank', k):.4f} | "
          f"popularity baseline {ndcg_at(test, 'popularity_baseline', k):.4f}")

sub = add_item_stats(featurize(pd.read_csv("test.csv", parse_dates=["search_time"])))
sub["prediction"] = ranker.predict(sub[FEATURES])
sub[["impression_id", "prediction"]].to_csv("predictions.csv", index=False)
print("saved", len(sub))
