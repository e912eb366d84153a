"""Search ranking with negative sampling.

Most impressions in a query get no interaction. Keeping every negative makes
training slow and swamps the gradients, so each training query keeps all of
its engaged items and at most NEG_PER_QUERY ignored ones. Test lists are
scored as they were shown.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import ndcg_score

TARGET = "clicked_or_booked"
NEG_PER_QUERY = 8
RNG = np.random.default_rng(11)

raw = pd.read_csv("train.csv", parse_dates=["search_time"])
print("rows", len(raw), "queries", raw["query_id"].nunique())
print(raw[TARGET].value_counts(normalize=True).sort_index())
print("avg list length", raw.groupby("query_id").size().mean().round(1))


def sample_negatives(frame, n_neg):
    keep = []
    for _, g in frame.groupby("query_id", sort=False):
        pos = g[g[TARGET] > 0]
        neg = g[g[TARGET] == 0]
        if len(neg) > n_neg:
            neg = neg.iloc[RNG.choice(len(neg), n_neg, replace=False)]
        keep.append(pd.concat([pos, neg]))
    return pd.concat(keep)


df = raw.copy()
df["log_price"] = np.log1p(df["price"])
df["log_reviews"] = np.log1p(df["review_count"])
df["rating"] = df["rating"].fillna(0)
df["is_promoted"] = df["is_promoted"].astype(int)
df["hour"] = df["search_time"].dt.hour

cutoff = df["search_time"].quantile(0.8)
train = df[df["search_time"] < cutoff]
test = df[df["search_time"] >= cutoff]
test = test[~test["query_id"].isin(train["query_id"])]

train = sample_negatives(train, NEG_PER_QUERY)
print("train after sampling:", len(train), "rows; positive share", (train[TARGET] > 0).mean().round(3))
print("test rows (full lists):", len(test))

pop = train.groupby("item_id")[TARGET].apply(lambda s: (s == 2).sum()).rename("item_bookings")
train = train.join(pop, on="item_id").fillna({"item_bookings": 0})
test = test.join(pop, on="item_id").fillna({"item_bookings": 0})
train = train.sort_values(["query_id", "position"])
test = test.sort_values(["query_id", "position"])

FEATURES = ["position", "log_price", "rating", "log_reviews", "distance_km",
            "is_promoted", "query_len", "hour", "item_bookings"]

ranker = lgb.LGBMRanker(objective="lambdarank", n_estimators=400, learning_rate=0.05,
                        num_leaves=31, min_child_samples=30, random_state=11)
ranker.fit(train[FEATURES], train[TARGET],
           group=train.groupby("query_id", sort=False).size().to_numpy())


def ndcg(frame, col, k=10):
    res = [ndcg_score([g[TARGET].to_numpy()], [g[col].to_numpy()], k=k)
           for _, g in frame.groupby("query_id") if len(g) > 1 and g[TARGET].max() > 0]
    return float(np.mean(res))


test = test.assign(model=ranker.predict(test[FEATURES]),
                   popularity=test["item_bookings"],
                   shown_order=-test["position"])
for col in ["model", "popularity", "shown_order"]:
    label = col if col == "model" else f"{col} (baseline)"
    print(f"NDCG@10 {label:<24} {ndcg(test, col):.4f}")

sub = pd.read_csv("test.csv", parse_dates=["search_time"])
sub["log_price"] = np.log1p(sub["price"])
sub["log_reviews"] = np.log1p(sub["review_count"])
sub["rating"] = sub["rating"].fillna(0)
sub["is_promoted"] = sub["is_promoted"].astype(int)
sub["hour"] = sub["search_time"].dt.hour
sub = sub.join(pop, on="item_id").fillna({"item_bookings": 0})
sub["prediction"] = ranker.predict(sub[FEATURES])
sub[["impression_id", "prediction"]].to_csv("predictions.csv", index=False)
