"""Search ranking take-home.

Items differ a lot in how attractive they are regardless of the query, so
item-level engagement rates (smoothed) are the core features, on top of price,
rating, distance and the displayed position. LambdaRank, NDCG@10 on the last
20% of searches, compared with a popularity ranking.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import ndcg_score

TARGET = "clicked_or_booked"
M = 25  # smoothing strength


def smoothed_rate(hits, n, prior, m=M):
    return (hits + m * prior) / (n + m)


df = pd.read_csv("train.csv", parse_dates=["search_time"])
print(df.shape)
print(df[TARGET].value_counts(normalize=True).sort_index())
per_item = df.groupby("item_id").size()
print("impressions per item:", per_item.describe().round(1).to_dict())

df["clicked_any"] = (df[TARGET] > 0).astype(int)
df["booked"] = (df[TARGET] == 2).astype(int)
p_click, p_book = df["clicked_any"].mean(), df["booked"].mean()

item = df.groupby("item_id")
df["item_n"] = item["impression_id"].transform("count")
df["item_click_rate"] = smoothed_rate(item["clicked_any"].transform("sum"), df["item_n"], p_click)
df["item_book_rate"] = smoothed_rate(item["booked"].transform("sum"), df["item_n"], p_book)
df["item_log_n"] = np.log1p(df["item_n"])

df["log_price"] = np.log1p(df["price"])
df["log_reviews"] = np.log1p(df["review_count"])
df["rating"] = df["rating"].fillna(0)
df["is_promoted"] = df["is_promoted"].astype(int)
df["hour"] = df["search_time"].dt.hour

FEATURES = ["position", "log_price", "rating", "log_reviews", "distance_km", "is_promoted",
            "query_len", "hour", "item_click_rate", "item_book_rate", "item_log_n"]

df = df.sort_values("search_time")
cutoff = df["search_time"].quantile(0.8)
train = df[df["search_time"] < cutoff].sort_values(["query_id", "position"])
test = df[df["search_time"] >= cutoff]
test = test[~test["query_id"].isin(train["query_id"])].sort_values(["query_id", "position"])
print(f"train rows {len(train)}, test rows {len(test)}")

ranker = lgb.LGBMRanker(objective="lambdarank", n_estimators=500, learning_rate=0.04,
                        num_leaves=31, min_child_samples=50, colsample_bytree=0.8,
                        random_state=30)
ranker.fit(train[FEATURES], train[TARGET],
           group=train.groupby("query_id", sort=False).size().to_numpy())


def ndcg_at_k(frame, scores, k=10):
    tmp = frame[["query_id", TARGET]].assign(s=scores)
    vals = [ndcg_score([g[TARGET].to_numpy()], [g["s"].to_numpy()], k=k)
            for _, g in tmp.groupby("query_id") if len(g) > 1 and g[TARGET].max() > 0]
    return float(np.mean(vals))


train_bookings = train.groupby("item_id")["booked"].sum()
baseline_scores = test["item_id"].map(train_bookings).fillna(0).to_numpy()
model_scores = ranker.predict(test[FEATURES])
print(f"NDCG@10 lambdarank          : {ndcg_at_k(test, model_scores):.4f}")
print(f"NDCG@10 popularity baseline : {ndcg_at_k(test, baseline_scores):.4f}")
print(f"NDCG@5  lambdarank          : {ndcg_at_k(test, model_scores, 5):.4f}")

rates = df.groupby("item_id")[["item_click_rate", "item_book_rate", "item_log_n"]].first()
sub = pd.read_csv("test.csv", parse_dates=["search_time"])
sub = sub.join(rates, on="item_id")
sub["item_click_rate"] = sub["item_click_rate"].fillna(p_click)
sub["item_book_rate"] = sub["item_book_rate"].fillna(p_book)
sub["item_log_n"] = sub["item_log_n"].fillna(0)
sub["log_price"] = np.log1p(sub["price"])
sub["log_reviews"] = np.log1p(sub["review_count"])
sub["rating"] = sub["rating"].fillna(0)
sub["is_promoted"] = sub["is_promoted"].astype(int)
sub["hour"] = sub["search_time"].dt.hour
sub["prediction"] = ranker.predict(sub[FEATURES])
sub[["impression_id", "prediction"]].to_csv("predictions.csv", index=False)
