"""Search ranking: engineered features, mutual-information screening, LambdaRank."""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.feature_selection import SelectKBest, mutual_info_classif
from sklearn.metrics import ndcg_score

TARGET = "clicked_or_booked"
K_FEATURES = 10

df = pd.read_csv("train.csv", parse_dates=["search_time"])
print(df.shape)
print(df.columns.tolist())
print(df[TARGET].value_counts().sort_index())


def engineer(frame):
    f = frame.copy()
    f["log_price"] = np.log1p(f["price"])
    f["log_reviews"] = np.log1p(f["review_count"])
    f["rating"] = f["rating"].fillna(0)
    f["rating_x_reviews"] = f["rating"] * f["log_reviews"]
    f["is_promoted"] = f["is_promoted"].astype(int)
    f["top3"] = (f["position"] <= 3).astype(int)
    f["inv_position"] = 1.0 / f["position"]
    f["log_distance"] = np.log1p(f["distance_km"])
    f["price_per_km"] = f["price"] / (1 + f["distance_km"])
    f["hour"] = f["search_time"].dt.hour
    f["weekday"] = f["search_time"].dt.weekday
    f["is_weekend"] = (f["weekday"] >= 5).astype(int)
    f["night"] = f["hour"].isin([0, 1, 2, 3, 4, 5]).astype(int)
    f["long_query"] = (f["query_len"] >= 4).astype(int)
    f["cheap"] = (f["price"] < 50).astype(int)
    f["no_reviews"] = (f["review_count"] == 0).astype(int)
    return f


CANDIDATES = [
    "position", "inv_position", "top3", "log_price", "price_per_km", "cheap",
    "rating", "log_reviews", "rating_x_reviews", "no_reviews", "distance_km",
    "log_distance", "is_promoted", "query_len", "long_query", "hour", "weekday",
    "is_weekend", "night",
]

df = engineer(df)

selector = SelectKBest(mutual_info_classif, k=K_FEATURES)
selector.fit(df[CANDIDATES], (df[TARGET] > 0).astype(int))
mi = pd.Series(selector.scores_, index=CANDIDATES).sort_values(ascending=False)
print(mi.round(4))
FEATURES = [c for c, keep in zip(CANDIDATES, selector.get_support()) if keep]
print("kept:", FEATURES)

df = df.sort_values("search_time")
cutoff = df["search_time"].quantile(0.8)
train = df[df["search_time"] < cutoff]
test = df[df["search_time"] >= cutoff]
test = test[~test["query_id"].isin(train["query_id"])]
train = train.sort_values(["query_id", "position"])
test = test.sort_values(["query_id", "position"])
print("train", len(train), "test", len(test))

ranker = lgb.LGBMRanker(objective="lambdarank", n_estimators=350, learning_rate=0.05,
                        num_leaves=31, min_child_samples=40, random_state=5)
ranker.fit(train[FEATURES], train[TARGET],
           group=train.groupby("query_id", sort=False).size().to_numpy())

item_bookings = train.groupby("item_id")[TARGET].apply(lambda s: (s == 2).sum())


def mean_ndcg(frame, scores, k=10):
    frame = frame.assign(_s=scores)
    vals = [ndcg_score([g[TARGET].to_numpy()], [g["_s"].to_numpy()], k=k)
            for _, g in frame.groupby("query_id") if len(g) > 1 and g[TARGET].max() > 0]
    return np.mean(vals)


model_scores = ranker.predict(test[FEATURES])
pop_scores = test["item_id"].map(item_bookings).fillna(0).to_numpy()
print(f"NDCG@10 LambdaRank          {mean_ndcg(test, model_scores):.4f}")
print(f"NDCG@10 popularity baseline {mean_ndcg(test, pop_scores):.4f}")

sub = engineer(pd.read_csv("test.csv", parse_dates=["search_time"]))
sub["prediction"] = ranker.predict(sub[FEATURES])
sub[["impression_id", "prediction"]].to_csv("predictions.csv", index=False)
